using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>
/// Posts webhook updates as Telegram does: each sender posts one update, waits for the bot's HTTP answer (not for the
/// chat answer) and posts the next, optionally on a schedule that spreads the round over a given time. An answer is
/// the bot's sendMessage reaching the stand-in; its latency runs from the moment its update was posted.
/// </summary>
internal sealed class WebhookLoad(IBotHost host, BotApiStandIn api, string secret, int senders)
{
    public static readonly string[] Questions =
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

    /// <param name="chatBase">The first chat id: each update comes from a chat of its own.</param>
    /// <param name="count">How many updates.</param>
    /// <param name="spreadOver">When given, update i is posted no earlier than i/count of this after the start.</param>
    public async Task<RoundResult> RunAsync(long chatBase, int count, TimeSpan? spreadOver = null)
    {
        api.Reset();
        var postedAt = new long[count];
        var failures = 0;
        var next = -1;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders }) { BaseAddress = host.BaseAddress };
        var cpuBefore = host.CpuTime;
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GcCounts.Now();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (spreadOver is { } spread && spread * i / count - clock.Elapsed is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait);
                }

                var chatId = chatBase + i;
                using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(Update(chatId, i), Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
                postedAt[i] = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var posting = clock.Elapsed;

        var deadline = clock.Elapsed + TimeSpan.FromSeconds(60);
        while (api.AnsweredAt.Count < count && clock.Elapsed < deadline)
        {
            await Task.Delay(5);
        }

        var cpu = host.CpuTime - cpuBefore;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;
        var gc = GcCounts.Now() - gcBefore;
        var latencies = new List<double>(count);
        var last = 0L;
        foreach (var (chatId, at) in api.AnsweredAt)
        {
            latencies.Add((at - postedAt[chatId - chatBase]) * 1000.0 / Stopwatch.Frequency);
            last = Math.Max(last, at);
        }

        latencies.Sort();
        var seconds = (last - postedAt.Min()) / (double)Stopwatch.Frequency;
        return new RoundResult(count, latencies, failures, posting, seconds, cpu, ownCpu, gc, new Dictionary<string, int>(api.Calls));
    }

    private static string Update(long chatId, int i) => new JsonObject
    {
        ["update_id"] = (int)chatId,
        ["message"] = new JsonObject
        {
            ["message_id"] = i + 1,
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "U" },
            ["text"] = Questions[i % Questions.Length],
        },
    }.ToJsonString();
}

/// <summary>One round's figures.</summary>
internal sealed record RoundResult(
    int Posted,
    List<double> LatenciesMs,
    int NonOk,
    TimeSpan Posting,
    double Seconds,
    TimeSpan BotCpu,
    TimeSpan LoadGeneratorCpu,
    GcCounts Gc,
    Dictionary<string, int> Calls)
{
    public int Answered => LatenciesMs.Count;

    public double Percentile(double p) => LatenciesMs.Count == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Count - 1, (int)Math.Ceiling(p * LatenciesMs.Count) - 1)];

    public string Describe(string name, IBotHost host) => string.Create(CultureInfo.InvariantCulture, $"""
        {name}: posted {Posted} in {Posting.TotalSeconds:0.00} s, answered {Answered}, lost {Posted - Answered}, non-200 {NonOk}
          throughput {Answered / Seconds:0} answers/s (first post to last answer, {Seconds:0.00} s)
          latency ms p50 {Percentile(0.50):0} p95 {Percentile(0.95):0} p99 {Percentile(0.99):0} max {LatenciesMs.LastOrDefault():0}
          CPU {BotCpu.TotalMilliseconds / Math.Max(1, Answered):0.00} ms per answer ({host.CpuScope}){(host is ExternalBotHost ? $"; load generator and stand-in {LoadGeneratorCpu.TotalMilliseconds / Math.Max(1, Answered):0.00} ms" : string.Empty)}
          {(host is ExternalBotHost ? "load generator's process" : "this process")}: {Gc}
          Bot API calls: {string.Join(", ", Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}
        """);
}
