using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;
using Spectre.Console;

namespace RightsBot.Commands;

/// <summary><c>index [--corpus PATH] [--rebuild]</c>: builds (or confirms) the on-disk index cache, with a progress bar.</summary>
internal static class IndexCommand
{
    public static Command Create(ConsoleIo io)
    {
        var corpus = CommonOptions.Corpus();
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild even when the cache matches the corpus." };
        var command = new Command("index", "Build the on-disk index of the corpus and print its size.") { corpus, rebuild };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var services = Hosting.ConsoleServices.Build(io.Error, CommonOptions.Overrides(io, parseResult.GetValue(corpus)));
            var builder = services.GetRequiredService<PassageIndexBuilder>();
            var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Output) });
            var retrieval = services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            var embedder = services.GetService<ITextEmbedder>();
            var denseStore = services.GetRequiredService<DenseIndexStore>();
            IndexBuildResult? result = null;
            string? denseLine = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Indexing", maxValue: 1.0);
                    var progress = new SyncProgress(v => task.Value = v);
                    var (index, built) = await Task.Run(() => builder.LoadOrBuild(options.Path, options.CachePath, progress, parseResult.GetValue(rebuild)), ct).ConfigureAwait(false);
                    result = built;
                    task.Value = 1.0;

                    // Hybrid mode: embed the passages now, so that chat, ask and serve find the vectors cached.
                    if (DenseIndexStore.Wanted(retrieval, index, embedder, options.CachePath))
                    {
                        var embedding = ctx.AddTask("Embedding passages", maxValue: 1.0);
                        var cached = denseStore.TryLoad(index, embedder!, options.CachePath) is not null;
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        var dense = await Task.Run(() => denseStore.LoadOrBuild(index, embedder!, options.CachePath, new SyncProgress(v => embedding.Value = v), ct), ct).ConfigureAwait(false);
                        embedding.Value = 1.0;
                        denseLine = string.Create(CultureInfo.InvariantCulture,
                            $"embeddings: {dense.Count} passages, {dense.Embedder.ModelId}, {clock.Elapsed.TotalSeconds:0.00} s  ({(cached ? "cache reused" : "made and cached")})");
                    }
                }).ConfigureAwait(false);

            var r = result!;
            await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reports: {r.Reports}  sections: {r.Sections}  passages: {r.Passages}  terms: {r.Terms}  seconds: {r.Seconds:0.00}  ({(r.FromCache ? "cache reused: the corpus is unchanged" : "built and cached")})")).ConfigureAwait(false);
            await io.Output.WriteLineAsync(denseLine ?? "embeddings: off (lexical mode; see Retrieval:Dense)").ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }

    // Progress<T> posts to the thread pool and can report after completion; this reports in place.
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
