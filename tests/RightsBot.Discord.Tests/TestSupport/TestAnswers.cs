using RightsBot.Core.Answering;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>Answers shaped as the core returns them, built from the Kazakhstan 2016 report's own paragraph.</summary>
internal static class TestAnswers
{
    public const string TortureQuestion = "how many torture complaints are registered each year?";
    public const string TorturePassageId = "kz2016-0037";
    public const string TortureSection =
        "Section 1. Respect for the Integrity of the Person › c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment";

    public const string TortureParagraph =
        "The NGO Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) recorded 115 complaints of torture in the first six months of the year. " +
        "The prosecutor general indicated its office registered 600 torture complaints on average per year. Not all cases led to prosecution or conviction. " +
        "The NGO Penal Reform International (PRI) indicated four of the 350 officially registered criminal investigations of torture went to court trial during the first 10 months of the year.";

    public const string TortureLink =
        "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=The%20NGO%20Kazakhstan%20International,first%2010%20months%20of%20the%20year.";

    public static PassageView TorturePassage { get; } = new(TorturePassageId, "Kazakhstan", 2016, TortureSection, TortureParagraph);

    /// <summary>The core's answer to <see cref="TortureQuestion"/> for Kazakhstan 2016, with the scope it understood.</summary>
    public static Answer KazakhstanTorture { get; } = new(
        AnswerStatus.Answered,
        "The prosecutor general indicated its office registered 600 torture complaints on average per year. [1]",
        [new AnswerSource(1, TorturePassageId, "Kazakhstan", 2016, TortureSection, 0.61, TortureParagraph)])
    {
        Scope = new AnswerScope("Kazakhstan", 2016, TortureQuestion),
    };

    /// <summary>
    /// An answer from one Kazakhstan report, as the core gives it for <paramref name="question"/>: the year asked,
    /// or the latest (2024) when none was; its text and source name that report.
    /// </summary>
    public static Answer KazakhstanFor(Question question)
    {
        var year = question.Year ?? 2024;
        return new Answer(
            AnswerStatus.Answered,
            $"The {year} report counts torture complaints. [1]",
            [new AnswerSource(1, $"kz{year}-0001", "Kazakhstan", year, TortureSection, 0.5, $"The {year} report counts torture complaints.")])
        {
            // As the core says it: the server's country chose the reports when the question named none.
            Scope = new AnswerScope("Kazakhstan", question.Year, question.Text) { ByChosenCountry = question.Country is null && question.DefaultCountry is not null },
        };
    }

    /// <summary>A comparison of Kazakhstan 2016 and 2024 as the core composes it: one part, and one line, per report.</summary>
    public static Answer KazakhstanComparison { get; } = new(
        AnswerStatus.Answered,
        "Kazakhstan 2016: The prosecutor general registered 600 torture complaints on average per year. [1]\nKazakhstan 2024: The 2024 report does not discuss this.",
        [new AnswerSource(1, TorturePassageId, "Kazakhstan", 2016, TortureSection, 0.61, TortureParagraph)])
    {
        Comparison =
        [
            new ComparisonPart("Kazakhstan", 2016, true, "Kazakhstan 2016: The prosecutor general registered 600 torture complaints on average per year. [1]",
                [new AnswerSource(1, TorturePassageId, "Kazakhstan", 2016, TortureSection, 0.61, TortureParagraph)]),
            new ComparisonPart("Kazakhstan", 2024, false, "Kazakhstan 2024: The 2024 report does not discuss this.", []),
        ],
        Scope = new AnswerScope("Kazakhstan", null, "torture complaints") { Years = [2016, 2024] },
    };

    public static Answer NotCovered { get; } = new(
        AnswerStatus.NotCovered,
        "The reports do not seem to cover that.",
        [],
        "They cover, for example: torture, prison conditions, freedom of assembly.");

    /// <summary>An answer with many long sources, for limit tests; with <paramref name="url"/>, each links to it.</summary>
    public static Answer Huge(int sources, int textLength, string? url = null) => new(
        AnswerStatus.Answered,
        string.Concat(Enumerable.Repeat("A long sentence about reports. ", (textLength / 31) + 1)),
        Enumerable.Range(1, sources)
            .Select(i => new AnswerSource(i, $"p{i}", "Kazakhstan", 2016, new string('S', 2000), 0.5, string.Concat(Enumerable.Repeat("Word after word. ", 200)), url))
            .ToList());
}
