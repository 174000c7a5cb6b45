using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Core.Retrieval;
using RightsBot.Embeddings;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>
/// The same questions straight through the core's answerer in this process, with no webhook, Bot API or formatting:
/// the CPU of answering alone (retrieval and composing), to set against the CPU of a whole webhook answer.
/// </summary>
internal static class CoreOnlyRound
{
    public static async Task<string> RunAsync(string root, bool hybrid, int warmUp, int count, int workers)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(root, "corpus"),
            ["Corpus:CachePath"] = Path.Combine(root, ".cache", "index"),
            ["Retrieval:Dense"] = hybrid ? "Auto" : "Off",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddRightsBotCore();
        if (hybrid)
        {
            services.AddMiniLmEmbeddings();
        }

        await using var provider = services.BuildServiceProvider();
        if (hybrid && !await provider.GetRequiredService<IIndexStatus>().PrepareDenseAsync())
        {
            throw new InvalidOperationException("hybrid mode is off (Retrieval:Dense)");
        }

        var answerer = provider.GetRequiredService<IQuestionAnswerer>();
        await AskAsync(answerer, warmUp, workers);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await AskAsync(answerer, count, workers);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return string.Create(CultureInfo.InvariantCulture,
            $"core alone ({workers} at once, after {warmUp} to warm up): {count / clock.Elapsed.TotalSeconds:0} answers/s, CPU {cpu.TotalMilliseconds / count:0.00} ms per answer");
    }

    private static Task AskAsync(IQuestionAnswerer answerer, int count, int workers)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await answerer.AnswerAsync(new Question(WebhookLoad.Questions[i % WebhookLoad.Questions.Length]));
            }
        })));
    }
}
