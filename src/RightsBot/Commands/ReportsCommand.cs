using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Fetching;
using Spectre.Console;

namespace RightsBot.Commands;

/// <summary>
/// <c>reports fetch [--years 2016-2024 | 2023,2024 | latest] [--countries "A,B"] [--source URL] [--corpus PATH]</c>:
/// downloads report pages into the corpus folder through <see cref="IReportFetcher"/>, with a progress bar and a
/// closing summary. Exit code 0 when every report was fetched or current, 1 when some failed (listed), 2 on bad arguments.
/// </summary>
internal static class ReportsCommand
{
    public static Command Create(ConsoleIo io)
    {
        var years = new Option<string?>("--years") { Description = "Editions: 2016-2024, 2023,2024, latest, or a comma-separated mix (default: every edition, the newest included)." };
        var countries = new Option<string?>("--countries") { Description = "Comma-separated countries, named as in a question: \"Kazakhstan,Kyrgyzstan\" (default: every country)." };
        var source = new Option<string?>("--source") { Description = "Scheme and host to fetch from instead of Reports:SourceUrl (https://www.state.gov): a mirror serving the same paths." };
        var corpus = new Option<string?>("--corpus") { Description = "The folder to store the pages in, as <year>/<slug>.html (created if missing); default: Corpus:Path." };
        var fetch = new Command("fetch", "Download report pages from the State Department's site into the corpus folder; later runs download only what changed.")
        {
            years, countries, source, corpus,
        };
        fetch.SetAction((parseResult, ct) => FetchAsync(
            io, parseResult.GetValue(years), parseResult.GetValue(countries), parseResult.GetValue(source), parseResult.GetValue(corpus), ct));
        return new Command("reports", "Get the reports from their source.") { fetch };
    }

    private static async Task<int> FetchAsync(ConsoleIo io, string? years, string? countries, string? source, string? corpus, CancellationToken cancellationToken)
    {
        var overrides = io.Settings is null ? [] : new Dictionary<string, string?>(io.Settings);
        if (corpus is not null)
        {
            if (string.IsNullOrWhiteSpace(corpus) || File.Exists(corpus))
            {
                throw new UsageException($"--corpus: '{corpus}' is not a folder; reports are stored in a folder");
            }

            overrides[$"{CorpusOptions.SectionName}:Path"] = corpus;
        }

        if (source is not null)
        {
            if (ReportsOptions.ParseSource(source) is null)
            {
                throw new UsageException($"--source: '{source}' is not an absolute http or https URL such as https://www.state.gov");
            }

            overrides[$"{ReportsOptions.SectionName}:SourceUrl"] = source;
        }

        var names = countries?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (countries is not null && names.Length == 0)
        {
            throw new UsageException("--countries: name at least one country, e.g. --countries \"Kazakhstan,Kyrgyzstan\"");
        }

        await using var services = Hosting.ConsoleServices.Build(io.Error, overrides);
        var catalog = services.GetRequiredService<ReportCatalog>();
        ReportYears editions;
        try
        {
            editions = years is null ? ReportYears.Every(catalog) : ReportYears.Parse(years, services.GetRequiredService<TimeProvider>().GetUtcNow().Year);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--years: {ex.Message}", ex);
        }

        var fetcher = services.GetRequiredService<IReportFetcher>();
        var folder = services.GetRequiredService<IOptions<CorpusOptions>>().Value.Path;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Output) });
        FetchProgress? last = null;
        FetchResult? result = null;
        try
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Fetching reports", maxValue: 1);
                    result = await fetcher.FetchAsync(new ReportSelection(editions, names), new InlineProgress<FetchProgress>(p =>
                    {
                        last = p;
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = Counts(p.New, p.Changed, p.Unchanged, p.Failed);
                    }), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--countries: {ex.Message}", ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"stopped after {last?.Done ?? 0} of {last?.Total ?? 0} reports ({Counts(last?.New ?? 0, last?.Changed ?? 0, last?.Unchanged ?? 0, last?.Failed ?? 0)}); no file is half-written: run the same command again to continue.")).ConfigureAwait(false);
            return CliApp.Failure;
        }

        await WriteSummaryAsync(io.Output, result!, folder).ConfigureAwait(false);
        return result!.Succeeded ? CliApp.Ok : CliApp.Failure;
    }

    private static async Task WriteSummaryAsync(TextWriter output, FetchResult result, string folder)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"reports: {result.Selected} selected  new: {result.New}  changed: {result.Changed}  unchanged: {result.Unchanged}  failed: {result.Failures.Count}  seconds: {result.Elapsed.TotalSeconds:0.0}")).ConfigureAwait(false);
        if (result.Failures.Count > 0)
        {
            await output.WriteLineAsync("failed (nothing stored for these; an earlier copy stays as it was):").ConfigureAwait(false);
            foreach (var failure in result.Failures)
            {
                await output.WriteLineAsync($"  {failure.Name}: {failure.Reason} ({failure.Url})").ConfigureAwait(false);
            }
        }

        foreach (var duplicate in result.Duplicates)
        {
            await output.WriteLineAsync($"note: {duplicate.FetchedFile} is also in the corpus as {duplicate.OtherFile}; the index would hold it twice: remove one.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"stored in {folder} (manifest: {FetchManifest.FileName}); the next `index`, or the next start, picks them up.").ConfigureAwait(false);
    }

    private static string Counts(int added, int changed, int unchanged, int failed)
        => string.Create(CultureInfo.InvariantCulture, $"new {added} · changed {changed} · unchanged {unchanged} · failed {failed}");
}
