using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
using RightsBot.Core.Evaluation;
using RightsBot.Core.Retrieval;

namespace RightsBot.Commands;

/// <summary><c>eval --questions FILE [--corpus PATH] [--k N] [--json] [--details] [--warmup SECONDS]</c>: RightsBot against a Lucene BM25 baseline.</summary>
internal static class EvalCommand
{
    private const double DefaultWarmupSeconds = 10;
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static Command Create(ConsoleIo io)
    {
        var questions = new Option<string>("--questions") { Description = "A JSON Lines question file (format: docs/evaluation.md).", Required = true };
        var corpus = CommonOptions.Corpus();
        var k = new Option<int>("--k") { Description = "Cut-off for recall_at_k (default 5).", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var details = new Option<bool>("--details") { Description = "With --json: add RightsBot's evidence for every question." };
        var warmup = new Option<double>("--warmup")
        {
            Description = "Seconds to run the questions untimed before timing them, so that the JIT has optimized the code (default 10; 0 times it as a fresh process runs it).",
            DefaultValueFactory = _ => DefaultWarmupSeconds,
        };
        var command = new Command("eval", "Measure retrieval quality and speed against a Lucene.Net BM25 baseline.") { questions, corpus, k, json, details, warmup };
        command.SetAction(async (parseResult, ct) =>
        {
            var file = parseResult.GetValue(questions)!;
            var cutoff = parseResult.GetValue(k);
            if (!File.Exists(file))
            {
                throw new UsageException($"--questions: no file at '{file}'");
            }

            if (cutoff is < 1 or > 100)
            {
                throw new UsageException("--k must be between 1 and 100");
            }

            var warmupSeconds = parseResult.GetValue(warmup);
            if (!(warmupSeconds is >= 0 and <= 600))
            {
                throw new UsageException("--warmup must be between 0 and 600 seconds");
            }

            IReadOnlyList<EvalQuestion> set;
            try
            {
                set = EvalQuestionReader.Read(file);
            }
            catch (FormatException ex)
            {
                throw new UsageException(ex.Message);
            }

            await using var services = Hosting.ConsoleServices.Build(io.Error, CommonOptions.Overrides(io, parseResult.GetValue(corpus)));
            var provider = services.GetRequiredService<PassageIndexProvider>();

            // index_seconds is a build from scratch: no index cache is read or written.
            var built = await provider.LoadAsync(IndexLoad.Uncached, cancellationToken: ct).ConfigureAwait(false);

            // Hybrid mode: passage vectors come from the embedding cache when this corpus was embedded before
            // (they depend only on the passages and the model), else they are made now and cached.
            var loaded = await provider.GetAsync(ct).ConfigureAwait(false);
            double? denseSeconds = null;
            bool? denseFromCache = loaded.Dense is not null ? true : null;
            if (loaded.Dense is null && DenseIndexStore.Wanted(services.GetRequiredService<IOptions<RetrievalOptions>>().Value, loaded, services.GetService<ITextEmbedder>(), services.GetRequiredService<IOptions<CorpusOptions>>().Value.CachePath))
            {
                // Minutes on a new corpus on a slow machine, once: say so rather than seem stuck.
                await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Embedding the sentences of {loaded.Corpus.Passages.Count:N0} passages for hybrid mode, once for this corpus (cached afterwards)…")).ConfigureAwait(false);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await provider.EnsureDenseAsync(cancellationToken: ct).ConfigureAwait(false);
                denseSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
                denseFromCache = false;
            }

            var index = await provider.GetAsync(ct).ConfigureAwait(false);

            // What the loaded index holds, before the baseline's own index exists.
            var memoryMb = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
            var runner = new EvalRunner(services.GetRequiredService<QuestionAnswerer>(), index, built.Seconds, memoryMb);
            var report = await runner.RunAsync(set, cutoff, parseResult.GetValue(details), TimeSpan.FromSeconds(warmupSeconds), ct).ConfigureAwait(false);
            report = report with { Corpus = report.Corpus with { DenseModel = index.Dense?.Embedder.ModelId, DenseSeconds = denseSeconds, DenseFromCache = denseFromCache, RerankDepth = index.OnDemand is null ? null : services.GetRequiredService<IOptions<RetrievalOptions>>().Value.RerankDepth } };
            if (parseResult.GetValue(json))
            {
                await io.Output.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                EvalTableWriter.Write(io.Output, report);
            }

            return CliApp.Ok;
        });
        return command;
    }
}
