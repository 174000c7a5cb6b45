// Webhook load benchmark: N questions from N chats POSTed C at a time to /telegram/webhook of the real host
// (real core over corpus/), answered through a loopback Bot API stand-in. Measures, per question, the time from
// the POST to the bot's sendMessage reaching the stand-in, and the end-to-end answer rate.
// Usage: dotnet run -c Release --project tests/RightsBot.Telegram.Benchmarks -- [questions=1000] [concurrency=32]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;
using RightsBot.Embeddings;
using RightsBot.Telegram;

var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var hybrid = args.Length > 2 && args[2] == "hybrid";
const string Secret = "bench-secret";
string[] questions =
[
    "in the 2016 Kazakhstan report, how many torture complaints are registered each year?",
    "are journalists harassed in Mexico?",
    "what does the Brazil 2016 report say about prison conditions?",
    "is peaceful assembly restricted in Kazakhstan?",
    "how are internet cafes monitored in Uzbekistan?",
    "whats the deal w/ child labor in India",
    "are LGBTI persons protected from discrimination in Kenya?",
    "what happened to political prisoners in Ukraine 2022?",
];

var root = FindRepositoryRoot();
var answeredAt = new ConcurrentDictionary<long, long>();
var postedAt = new ConcurrentDictionary<long, long>();

var webhookSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
await using var api = await StartBotApiStandInAsync(answeredAt, webhookSet);
var port = FreePort();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Benchmark" });
builder.Configuration.Sources.Clear();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Corpus:Path"] = Path.Combine(root, "corpus"),
    ["Corpus:CachePath"] = Path.Combine(root, ".cache", "index"),
    ["Telegram:Enabled"] = "true",
    ["Telegram:BotToken"] = "9001:benchmark",
    ["Telegram:ApiBaseUrl"] = api.Urls.First(),
    ["Telegram:Mode"] = "Webhook",
    ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
    ["Telegram:SecretToken"] = Secret,
});
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Logging.ClearProviders();
builder.Services.AddRightsBotCore();
if (hybrid)
{
    // Hybrid mode over the cached passage vectors (made by `index` once); lexical otherwise.
    builder.Services.AddMiniLmEmbeddings();
}

builder.AddTelegramAdapter();
await using var app = builder.Build();
app.MapTelegramWebhook();
await app.StartAsync();

await webhookSet.Task.WaitAsync(TimeSpan.FromSeconds(30));

// Warm the index and the JIT so the run measures steady-state answering, not start-up.
if (hybrid && !await app.Services.GetRequiredService<IIndexStatus>().PrepareDenseAsync())
{
    throw new InvalidOperationException("hybrid mode is off (Retrieval:Dense)");
}

var answerer = app.Services.GetRequiredService<IQuestionAnswerer>();
foreach (var q in questions)
{
    await answerer.AnswerAsync(new Question(q));
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
var failures = 0;

// A warm-up round (other chats) lets the thread pool, connection pools and JIT settle; only the second round counts.
await RunRoundAsync(chatBase: 9_000_000, count: Math.Min(total, 200));
answeredAt.Clear();
postedAt.Clear();
failures = 0;
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
await RunRoundAsync(chatBase: 1_000_000, count: total);
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

async Task RunRoundAsync(long chatBase, int count)
{
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            long chatId = chatBase + i;
            var body = new JsonObject
            {
                ["update_id"] = (int)(chatBase + i),
                ["message"] = new JsonObject
                {
                    ["message_id"] = i + 1,
                    ["date"] = 1_700_000_000,
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                    ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "U" },
                    ["text"] = questions[i % questions.Length],
                },
            }.ToJsonString();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            postedAt[chatId] = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failures);
            }

            // Keep at most `concurrency` questions in flight end to end, not just at the HTTP layer.
            while (!answeredAt.ContainsKey(chatId) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(1);
            }
        }
    }));

    var deadline = clock.Elapsed + TimeSpan.FromSeconds(30);
    while (answeredAt.Count < count && clock.Elapsed < deadline)
    {
        await Task.Delay(10);
    }
}

var seconds = (answeredAt.Values.DefaultIfEmpty(0).Max() - postedAt.Values.Min()) / (double)Stopwatch.Frequency;
var latencies = answeredAt.Select(a => (a.Value - postedAt[a.Key]) * 1000.0 / Stopwatch.Frequency).Order().ToList();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{(hybrid ? "hybrid" : "lexical")} mode: questions {total}, concurrency {concurrency}, answered {answeredAt.Count}, lost {total - answeredAt.Count}, non-200 {failures}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput {answeredAt.Count / seconds:0} answers/s over {seconds:0.00} s; latency ms p50 {Percentile(0.50):0.0} p95 {Percentile(0.95):0.0} p99 {Percentile(0.99):0.0} max {latencies.LastOrDefault():0.0}"));

// Host, stand-in and client share the process: this is an upper bound on the host's own CPU per answer.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"process CPU {cpu.TotalSeconds:0.00} s over the measured round: {cpu.TotalMilliseconds / Math.Max(1, answeredAt.Count):0.00} ms per answer (host, Bot API stand-in and client together)"));
await app.StopAsync();
return answeredAt.Count == total && failures == 0 ? 0 : 1;

static async Task<WebApplication> StartBotApiStandInAsync(ConcurrentDictionary<long, long> answeredAt, TaskCompletionSource webhookSet)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort()}");
    var api = builder.Build();
    var messageId = 0;
    api.MapPost("/bot{token}/{method}", async (HttpContext context, string method) =>
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        switch (method)
        {
            case "getMe":
                return Results.Text("""{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"B","username":"BenchBot"}}""", "application/json");
            case "sendMessage":
                var chatId = body!["chat_id"]!.GetValue<long>();
                answeredAt.TryAdd(chatId, Stopwatch.GetTimestamp());
                return Results.Text(
                    $$"""{"ok":true,"result":{"message_id":{{Interlocked.Increment(ref messageId)}},"date":1700000000,"chat":{"id":{{chatId}},"type":"private"} } }""",
                    "application/json");
            case "setWebhook":
                webhookSet.TrySetResult();
                return Results.Text("""{"ok":true,"result":true}""", "application/json");
            default:
                return Results.Text("""{"ok":true,"result":true}""", "application/json");
        }
    });
    await api.StartAsync();
    return api;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RightsBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
