// Webhook load benchmark: Telegram updates POSTed to /telegram/webhook of the real host (real core over corpus/),
// answered through a loopback Bot API stand-in. See docs/performance.md ("Webhook throughput").
// Usage: dotnet run -c Release --project tests/RightsBot.Telegram.Benchmarks --
//          [--questions 1000] [--senders 32] [--mode lexical|hybrid] [--host inprocess|external[=path/to/RightsBot.dll]]
//          [--warm-up 1000] [--rounds fast,paced] [--metrics true]
// Rounds: a warm-up from other chats (none with --warm-up 0), then, in the order given, a round posted as fast as
// the senders go (throughput) and a round posted over 2 s (latency under the issue's load). Every round's chats are
// new to the bot. Exit code 1 when any update was lost or refused.
using System.Globalization;
using RightsBot.Telegram.Benchmarks;

var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1], StringComparer.Ordinal);
string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
var total = int.Parse(Option("questions", "1000"), CultureInfo.InvariantCulture);
var senders = int.Parse(Option("senders", "32"), CultureInfo.InvariantCulture);
var warmUpCount = int.Parse(Option("warm-up", "1000"), CultureInfo.InvariantCulture);
var hybrid = Option("mode", "lexical") == "hybrid";
var where = Option("host", "inprocess");
var order = Option("rounds", "fast,paced").Split(',');
var metrics = Option("metrics", "false") == "true";
const string Secret = "bench-secret";

var root = FindRepositoryRoot();
await using var api = await BotApiStandIn.StartAsync();
IBotHost host = where.StartsWith("external", StringComparison.Ordinal)
    ? await ExternalBotHost.StartAsync(
        root,
        where.Contains('=', StringComparison.Ordinal) ? Path.GetFullPath(where[(where.IndexOf('=', StringComparison.Ordinal) + 1)..]) : Path.Combine(root, "src", "RightsBot", "bin", "Release", "net10.0", "RightsBot.dll"),
        api,
        hybrid,
        Secret,
        metrics)
    : await InProcessBotHost.StartAsync(root, api, hybrid, Secret);

var rounds = new List<RoundResult>();
await using (host)
{
    var load = new WebhookLoad(host, api, Secret, senders);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(hybrid ? "hybrid" : "lexical")} mode, bot {(host is ExternalBotHost ? "in its own process" : "in this process")}, {senders} senders, {Environment.ProcessorCount} cores"));
    if (warmUpCount > 0)
    {
        var warmUp = await load.RunAsync(chatBase: 9_000_000, count: warmUpCount);
        Console.WriteLine(warmUp.Describe("warm-up (other chats)", host));
        rounds.Add(warmUp);
    }

    var chatBase = 1_000_000L;
    foreach (var round in order)
    {
        var result = round == "paced"
            ? await load.RunAsync(chatBase, count: total, spreadOver: TimeSpan.FromSeconds(2))
            : await load.RunAsync(chatBase, count: total);
        Console.WriteLine(result.Describe(round == "paced" ? "posted over 2 s" : "as fast as posted", host));
        rounds.Add(result);
        chatBase += 1_000_000;
    }

    if (metrics && host is ExternalBotHost)
    {
        // The bot's own series after the rounds; no chat id the rounds used may appear anywhere in the scrape.
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var scrape = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Console.WriteLine(string.Join('\n', scrape.Split('\n').Where(l => l.Contains("rightsbot_", StringComparison.Ordinal) && !l.Contains("_bucket{", StringComparison.Ordinal))));
        var numbers = System.Text.RegularExpressions.Regex.Matches(scrape, "[0-9]+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var leaked = Enumerable.Range(0, total).Count(i => numbers.Contains((1_000_000L + i).ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chat ids of the first measured round found in the scrape: {leaked}"));
    }
}

// With the bot stopped, the same questions through the core alone, for the share of CPU outside answering; warmed
// up longer, so that it gives the core's settled cost (an upper bound on the share that is not the core's).
Console.WriteLine(await CoreOnlyRound.RunAsync(root, hybrid, warmUp: 5000, total, workers: Environment.ProcessorCount));
return rounds.All(r => r.Answered == r.Posted && r.NonOk == 0) ? 0 : 1;

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
