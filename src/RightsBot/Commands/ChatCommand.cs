using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Metrics;
using RightsBot.Core.Retrieval;
using RightsBot.Hosting;

namespace RightsBot.Commands;

/// <summary>The interactive console chat (the default command). Reads questions line by line; works with piped input.</summary>
internal static class ChatCommand
{
    // The shared words of BotTexts around the console's own commands.
    internal static string Help(BotTexts t) => $"""
        {t.HowToAsk}
        {t["console-commands"]}
          :source N    {t.FullParagraph} (:s N)
          :compare Q   {t.CompareCommand}
          :new         {t.NewCommand}
          :reports     {t.SourcesCommand}
          :help        {t.HelpCommand}
          :quit        {t["console-quit"]}
        {t.FollowUps}
        {t["console-slash"]}
        """;

    // The console is one chat: its follow-up context lives under this key, in memory, until :new or the end.
    private const string ConsoleChat = "console";

    public static Command Create(ConsoleIo io)
    {
        var corpus = CommonOptions.Corpus();
        var country = CommonOptions.Country();
        var year = CommonOptions.Year();
        var command = new Command("chat", "Interactive console chat over the corpus (the default).") { corpus, country, year };
        command.SetAction((parseResult, ct) => RunAsync(io, parseResult.GetValue(corpus), parseResult.GetValue(country), parseResult.GetValue(year), ct));
        return command;
    }

    private static async Task<int> RunAsync(ConsoleIo io, string? corpus, string? country, int? year, CancellationToken ct)
    {
        await using var services = ConsoleServices.Build(io.Error, CommonOptions.Overrides(io, corpus));
        var answerer = services.GetRequiredService<IQuestionAnswerer>();
        var conversations = services.GetRequiredService<ChatConversations>();
        var status = services.GetRequiredService<IIndexStatus>();
        var metrics = services.GetRequiredService<IAnswerMetrics>();
        var loaded = await status.WarmUpAsync(ct).ConfigureAwait(false);
        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"RightsBot — {loaded.Reports} reports, {loaded.Passages} passages. Ask a question, or :help. :quit to leave.")).ConfigureAwait(false);
        var dense = status.PrepareDenseAsync(cancellationToken: ct);
        if (!dense.IsCompleted)
        {
            await io.Output.WriteLineAsync("(Embedding every passage in the background, once for this corpus; until then each answer ranks its best word matches by meaning, which takes a moment longer.)").ConfigureAwait(false);
            _ = ReportDenseFailureAsync(io, dense);
        }

        Answer? last = null;

        // The console's own words speak the language of the last answer: English until a question in Russian or
        // Kazakh.
        var texts = BotTexts.English;
        while (!ct.IsCancellationRequested)
        {
            await io.Output.WriteAsync("> ").ConfigureAwait(false);
            await io.Output.FlushAsync(ct).ConfigureAwait(false);
            var line = await io.Input.ReadLineAsync(ct).ConfigureAwait(false);
            if (line is null)
            {
                await io.Output.WriteLineAsync().ConfigureAwait(false);
                break;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // ':' is the console's own prefix; '/' is what Telegram and Discord users type out of habit, and a
            // "/quit" taken for a question would be answered "not covered" instead of leaving.
            var asked = new Question(line, country, year);
            var command = line.StartsWith(':') || line.StartsWith('/') ? line.Split(' ', 2, StringSplitOptions.TrimEntries) : null;
            if (command is [var name, ..] && name[1..].ToLowerInvariant() is "new")
            {
                await io.Output.WriteLineAsync(texts[conversations.Forget(ConsoleChat) ? "console-forgot" : "console-nothing-to-forget"]).ConfigureAwait(false);
                continue;
            }

            if (command is [var compare, ..] && compare[1..].ToLowerInvariant() is "compare")
            {
                if (command is not [_, { Length: > 0 } text])
                {
                    await io.Output.WriteLineAsync(texts["console-compare-usage"]).ConfigureAwait(false);
                    continue;
                }

                asked = new Question(text, country, year) { Compare = true };
            }
            else if (command is not null)
            {
                if (!await HandleCommandAsync(io, answerer, line, last, texts, ct).ConfigureAwait(false))
                {
                    break;
                }

                continue;
            }

            var turn = await conversations.ReadAsync(ConsoleChat, asked, ct).ConfigureAwait(false);
            if (turn.Kind != FollowUpKind.NewQuestion)
            {
                await io.Output.WriteLineAsync(FollowUpNote(turn, texts)).ConfigureAwait(false);
            }

            var timer = metrics.Start(ChatChannel.Console);
            last = await StreamAnswerAsync(io, answerer, turn.Question, ct).ConfigureAwait(false);
            timer.Stop(last);
            conversations.Remember(ConsoleChat, turn, last);
            texts = BotTexts.For(last.ReplyLanguage);
            if (last.Sources.Count > 0)
            {
                await io.Output.WriteLineAsync(texts["console-source-hint"]).ConfigureAwait(false);
            }
        }

        return CliApp.Ok;
    }

    // What a follow-up was taken to mean, so that a misreading shows at once: "(more on: torture · Kazakhstan)".
    internal static string FollowUpNote(ConversationTurn turn, BotTexts texts)
    {
        var q = turn.Question;
        var scope = string.Join(' ', new[] { q.Country, q.Years is { Count: > 1 } years ? string.Join(" vs ", years) : q.Year?.ToString(CultureInfo.InvariantCulture) ?? texts.LatestReport }.OfType<string>());
        return $"({texts[turn.Kind == FollowUpKind.More ? "console-more-on" : "console-same-for"]}: {q.Text.Trim()} · {scope})";
    }

    private static async Task ReportDenseFailureAsync(ConsoleIo io, Task<bool> dense)
    {
        try
        {
            await dense.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The chat ended first.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await io.Error.WriteLineAsync($"Search by meaning is unavailable ({ex.GetType().Name}); answers match words.").ConfigureAwait(false);
        }
    }

    // Prints a summary as it streams (when summarization is on), then the sources; otherwise the whole answer.
    private static async Task<Answer> StreamAnswerAsync(ConsoleIo io, IQuestionAnswerer answerer, Question question, CancellationToken ct)
    {
        var printed = string.Empty;
        Answer? final = null;
        await foreach (var answer in answerer.AnswerStreamingAsync(question, ct).ConfigureAwait(false))
        {
            if (answer.Partial)
            {
                if (answer.Text.StartsWith(printed, StringComparison.Ordinal))
                {
                    await io.Output.WriteAsync(answer.Text[printed.Length..]).ConfigureAwait(false);
                    await io.Output.FlushAsync(ct).ConfigureAwait(false);
                    printed = answer.Text;
                }

                continue;
            }

            final = answer;
        }

        final ??= await answerer.AnswerAsync(question, ct).ConfigureAwait(false);
        if (printed.Length > 0)
        {
            // The streamed text was a draft: the checked summary, or the extractive answer when the summary
            // was discarded, is what counts.
            await io.Output.WriteLineAsync().ConfigureAwait(false);
            if (final.Summarized && final.Text == printed)
            {
                await io.Output.WriteLineAsync(ConsoleAnswerFormatter.Format(final with { Text = string.Empty })).ConfigureAwait(false);
                return final;
            }

            await io.Output.WriteLineAsync(BotTexts.For(final.ReplyLanguage)[final.Summarized ? "console-final-summary" : "console-summary-unchecked"]).ConfigureAwait(false);
        }

        await io.Output.WriteLineAsync(ConsoleAnswerFormatter.Format(final)).ConfigureAwait(false);
        return final;
    }

    // Returns false when the user asked to leave.
    private static async Task<bool> HandleCommandAsync(ConsoleIo io, IQuestionAnswerer answerer, string line, Answer? last, BotTexts texts, CancellationToken ct)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (":" + parts[0][1..].ToLowerInvariant())
        {
            case ":q" or ":quit" or ":exit":
                return false;
            case ":help" or ":h" or ":?":
                await io.Output.WriteLineAsync(Help(texts)).ConfigureAwait(false);
                return true;
            case ":reports":
                var reports = await answerer.GetReportsAsync(ct).ConfigureAwait(false);
                await io.Output.WriteLineAsync(reports.Count == 0 ? ReportListing.NoReports(texts) : ReportListing.Heading(reports.Count, texts)).ConfigureAwait(false);
                foreach (var report in ReportListing.Lines(reports))
                {
                    await io.Output.WriteLineAsync("  " + report).ConfigureAwait(false);
                }

                return true;
            case ":source" or ":s":
                if (last is null || last.Sources.Count == 0)
                {
                    await io.Output.WriteLineAsync(texts["console-no-sources"]).ConfigureAwait(false);
                    return true;
                }

                if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1 || n > last.Sources.Count)
                {
                    await io.Output.WriteLineAsync(texts.Format("console-source-usage", last.Sources.Count)).ConfigureAwait(false);
                    return true;
                }

                var passage = await answerer.GetPassageAsync(last.Sources[n - 1].PassageId, ct).ConfigureAwait(false);
                await io.Output.WriteLineAsync(passage is null ? texts.PassageGone : ConsoleAnswerFormatter.Format(passage, n)).ConfigureAwait(false);
                return true;
            default:
                await io.Output.WriteLineAsync(texts.Format("console-unknown-command", parts[0])).ConfigureAwait(false);
                return true;
        }
    }
}
