using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Conversation;
using RightsBot.Core.Corpus;
using RightsBot.Core.Languages;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering.Comparison;

/// <summary>
/// Answers a comparison (see <see cref="ComparisonPlanner"/>) one report at a time through the one answering
/// pipeline: each year or country gets its best passage's sentences with its citation, or "The 2023 report does
/// not discuss this." — never a claim that nothing happened.
/// </summary>
internal sealed partial class ComparisonAnswerer(AnsweringPipeline pipeline, PassageIndexProvider indexProvider, IOptions<CorpusOptions> corpus, IOptions<LimitsOptions> limits)
{
    // Sources a part lists: its best passage, and the next one of the same report for a reader who wants more.
    private const int SourcesPerPart = 2;

    [GeneratedRegex(@"(.+?)\s\[(\d+)\](?=\s|$)", RegexOptions.Singleline)]
    private static partial Regex SourceGroupRegex();

    /// <summary>The comparison's answer, or null when the question is not a comparison.</summary>
    public async Task<Answer?> TryAnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (QuestionValidator.Validate(question.Text, limits.Value.MaxQuestionLength) is not null)
        {
            return null; // the pipeline rejects it, with the reason
        }

        var index = await indexProvider.GetAsync(cancellationToken).ConfigureAwait(false);
        if (Plan(index, question) is not { } plan)
        {
            return null;
        }

        // The topic a part asks is in the reports' words: the parts speak the comparison's language.
        var language = LanguageDetector.Detect(QuestionValidator.Clean(question.Text));
        var texts = BotTexts.For(ReplyLanguage.Choose(language, question.UserLanguage));

        var parts = new List<ComparisonPart>();
        var sources = new List<AnswerSource>();
        var lines = new List<string>();
        var refusals = new HashSet<RefusalReason>();
        foreach (var target in plan.Parts)
        {
            var asked = new Question(plan.Topic, target.Country, target.Year) { Exclude = question.Exclude, UserLanguage = texts.Language };
            var answer = (await pipeline.RunAsync(new AnswerRequest(asked), cancellationToken).ConfigureAwait(false)).Answer;
            if (answer.Status == AnswerStatus.Rejected)
            {
                return answer;
            }

            if (answer.Refusal is { } refusal)
            {
                refusals.Add(refusal);
            }

            var part = Part(index, target, answer, sources.Count, texts);
            parts.Add(part);
            sources.AddRange(part.Sources);
            lines.Add(part.Text);
        }

        var status = parts.Any(p => p.Answered) ? AnswerStatus.Answered : AnswerStatus.NotCovered;
        var country = plan.ByCountry ? string.Join(',', plan.Parts.Select(p => p.Country)) : plan.Parts[0].Country;
        return new Answer(status, string.Join('\n', lines), status == AnswerStatus.Answered ? sources : [])
        {
            Language = language,
            ReplyLanguage = texts.Language,
            Comparison = parts,
            Scope = new AnswerScope(country, plan.Year, plan.Topic)
            {
                Years = plan.ByCountry || plan.Spread ? null : [.. plan.Parts.Select(p => p.Year!.Value)],
                Compare = plan.Spread,
            },

            // No report covers it: the reports' one reason when they agree, else plainly not covered.
            Refusal = status == AnswerStatus.Answered ? null : refusals.Count == 1 ? refusals.Single() : RefusalReason.NotCovered,
        };
    }

    /// <summary>The comparison a (valid) question asks over this index, or null for a plain question.</summary>
    public ComparisonPlan? Plan(PassageIndex index, Question question)
    {
        if (QuestionValidator.Validate(question.Text, limits.Value.MaxQuestionLength) is not null)
        {
            return null;
        }

        var text = ChatSpeak.Expand(QuestionValidator.Clean(question.Text));
        var defaultCountry = new[] { question.DefaultCountry, corpus.Value.DefaultCountry }.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
        return ComparisonPlanner.Plan(index.Scope, question, text, defaultCountry);
    }

    private static ComparisonPart Part(PassageIndex index, ComparisonTarget target, Answer answer, int numberedSoFar, BotTexts texts)
    {
        if (!answer.Answered || answer.Sources.Count == 0)
        {
            var country = answer.Scope?.Country ?? target.Country;
            var year = target.Year ?? LatestYear(index, country);
            var label = Label(country, year);
            var line = answer.Refusal == RefusalReason.NoReport ? answer.Text : texts.NotDiscussed(year);
            return new ComparisonPart(country ?? string.Empty, year, false, $"{label}: {line}", []);
        }

        // Only the report that answered: a question naming a country but no year also lists other years' passages.
        var best = answer.Sources[0];
        var own = answer.Sources.Where(s => s.Country == best.Country && s.Year == best.Year).Take(SourcesPerPart)
            .Select((s, i) => s with { Rank = numberedSoFar + i + 1 }).ToList();
        var sentences = BestSentences(answer);
        var note = answer.YearNote is { } n && n != texts.Format("year-in", best.Year) ? n + " " : string.Empty;
        var head = note.Length > 0 ? best.Country : Label(target.Country is null ? null : best.Country, best.Year);
        return new ComparisonPart(best.Country, best.Year, true, $"{head}: {note}{sentences} [{own[0].Rank.ToString(CultureInfo.InvariantCulture)}]", own);
    }

    // The answer's sentences from its best source ([1]), or, when it quoted none of them, the source's opening.
    private static string BestSentences(Answer answer)
    {
        var text = answer.YearNote is { } note && answer.Text.StartsWith(note, StringComparison.Ordinal) ? answer.Text[note.Length..].Trim() : answer.Text;
        foreach (Match m in SourceGroupRegex().Matches(text))
        {
            if (m.Groups[2].Value == "1")
            {
                return m.Groups[1].Value.Trim();
            }
        }

        return string.Join(' ', SentenceSplitter.Split(answer.Sources[0].Text).Take(2));
    }

    private static int LatestYear(PassageIndex index, string? country)
    {
        var key = country is null ? null : index.Scope.CountryKeyFor(country);
        var years = key is null ? index.Scope.Years : index.Scope.YearsOf(key);
        return years.Count == 0 ? 0 : years[^1];
    }

    private static string Label(string? country, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return country is null ? y : $"{country} {y}";
    }
}
