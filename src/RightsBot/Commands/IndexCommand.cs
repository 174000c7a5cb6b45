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
            var provider = services.GetRequiredService<PassageIndexProvider>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Output) });
            IndexBuildResult? result = null;
            string? denseLine = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Indexing", maxValue: 1.0);
                    result = await provider.LoadAsync(parseResult.GetValue(rebuild) ? IndexLoad.Rebuild : IndexLoad.Cached, new InlineProgress<double>(v => task.Value = v), ct).ConfigureAwait(false);
                    task.Value = 1.0;

                    // Hybrid mode: embed the passages now, so that chat, ask and serve find the vectors cached.
                    var snapshot = await provider.GetAsync(ct).ConfigureAwait(false);
                    var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
                    var retrieval = services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
                    if (DenseIndexStore.Wanted(retrieval, snapshot, services.GetService<ITextEmbedder>(), options.CachePath, asked: true))
                    {
                        var embedding = ctx.AddTask("Embedding sentences", maxValue: 1.0);
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        EmbeddingProgress? start = null;
                        var dense = await provider.EnsureDenseAsync(
                            new InlineProgress<EmbeddingProgress>(p =>
                            {
                                start ??= p;
                                embedding.Value = p.Fraction;
                                embedding.Description = EmbeddingReport.Progress(p, start.Value, clock.Elapsed);
                            }),
                            asked: true,
                            ct).ConfigureAwait(false);
                        embedding.Value = 1.0;
                        denseLine = dense is null ? null : EmbeddingReport.Summary(dense, clock.Elapsed, reused: snapshot.Dense is not null);
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
}
