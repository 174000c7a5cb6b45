// Webhook load benchmark: Telegram updates POSTed to /telegram/webhook of the real host (real core over corpus/),
// answered through a loopback Bot API stand-in. See docs/performance.md ("Webhook throughput").
// Usage: dotnet run -c Release --project tests/RightsBot.Telegram.Benchmarks --
//          [--questions 1000] [--senders 32] [--mode lexical|hybrid] [--host inprocess|external[=path/to/RightsBot.dll]]
//          [--warm-up 1000]
// Rounds: a warm-up from other chats, a round posted as fast as the senders go (throughput), and a round posted
// over 2 s (latency under the issue's load). Exit code 1 when any update was lost or refused.
using System.Globalization;
using RightsBot.Telegram.Benchmarks;

var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1], StringComparer.Ordinal);
string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
var total = int.Parse(Option("questions", "1000"), CultureInfo.InvariantCulture);
var senders = int.Parse(Option("senders", "32"), CultureInfo.InvariantCulture);
var warmUpCount = int.Parse(Option("warm-up", "1000"), CultureInfo.InvariantCulture);
var hybrid = Option("mode", "lexical") == "hybrid";
var where = Option("host", "inprocess");
const string Secret = "bench-secret";

var root = FindRepositoryRoot();
await using var api = await BotApiStandIn.StartAsync();
IBotHost host = where.StartsWith("external", StringComparison.Ordinal)
    ? await ExternalBotHost.StartAsync(
        root,
        where.Contains('=', StringComparison.Ordinal) ? Path.GetFullPath(where[(where.IndexOf('=', StringComparison.Ordinal) + 1)..]) : Path.Combine(root, "src", "RightsBot", "bin", "Release", "net10.0", "RightsBot.dll"),
        api,
        hybrid,
        Secret)
    : await InProcessBotHost.StartAsync(root, api, hybrid, Secret);

RoundResult[] rounds;
await using (host)
{
    var load = new WebhookLoad(host, api, Secret, senders);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(hybrid ? "hybrid" : "lexical")} mode, bot {(host is ExternalBotHost ? "in its own process" : "in this process")}, {senders} senders, {Environment.ProcessorCount} cores"));
    var warmUp = await load.RunAsync(chatBase: 9_000_000, count: warmUpCount);
    Console.WriteLine(warmUp.Describe("warm-up (other chats)", host));
    var fast = await load.RunAsync(chatBase: 1_000_000, count: total);
    Console.WriteLine(fast.Describe("as fast as posted", host));
    var paced = await load.RunAsync(chatBase: 2_000_000, count: total, spreadOver: TimeSpan.FromSeconds(2));
    Console.WriteLine(paced.Describe("posted over 2 s", host));
    rounds = [warmUp, fast, paced];
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
