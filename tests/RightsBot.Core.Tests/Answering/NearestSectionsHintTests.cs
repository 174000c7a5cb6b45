using RightsBot.Core.Conversation;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering;

public sealed class NearestSectionsHintTests
{
    private static readonly Report Kazakhstan = new("kazakhstan-2016", "Kazakhstan", 2016, "2016 Country Reports on Human Rights Practices: Kazakhstan", "kazakhstan-2016.txt");

    private static readonly ReportScope AllReports = new(null, null, null);

    [Theory]
    [InlineData(0.35, false, 0, true)] // a casual question just under the cut: its topic was found
    [InlineData(0.2, false, 0, false)] // off the reports' topics ("whats the best pizza recipe")
    [InlineData(0.2, true, 0, true)] // a figure the passages lack
    [InlineData(0.2, false, 1, true)] // a name the reports never use
    public void NearestSectionsHint_NamesSectionsOnlyWhenTheTopicWasFound(double similarity, bool numberMissing, int absentNames, bool named)
    {
        var outcome = new RetrievalOutcome([Hit("kazakhstan-2016.40", ["Section 2. Respect for Civil Liberties", "b. Freedom of Peaceful Assembly"], similarity)], false, AllReports)
        {
            NumberMissing = numberMissing,
            AbsentNames = [.. Enumerable.Repeat("Petrovskaya", absentNames)],
        };

        var hint = NotCoveredReplies.NearestSectionsHint(outcome, new CoverageOptions(), new AnswerOptions(), BotTexts.English);

        Assert.Equal(named, hint is not null);
        if (named)
        {
            Assert.Contains("Kazakhstan 2016 · Section 2.b", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("permit", hint, StringComparison.Ordinal); // the section's name, never its text
        }
    }

    [Fact]
    public void NearestSectionsHint_TwoPassagesOfOneSection_NamedOnce_AtMostTwoSections()
    {
        var outcome = new RetrievalOutcome(
            [
                Hit("kazakhstan-2016.40", ["Section 2. Respect for Civil Liberties", "b. Freedom of Peaceful Assembly"], 0.4),
                Hit("kazakhstan-2016.41", ["Section 2. Respect for Civil Liberties", "b. Freedom of Peaceful Assembly"], 0.39),
                Hit("kazakhstan-2016.12", ["Section 1. Respect for the Integrity of the Person", "c. Torture"], 0.38),
                Hit("kazakhstan-2016.60", ["Section 3. Freedom to Participate in the Political Process"], 0.37),
            ],
            false,
            AllReports);

        var hint = NotCoveredReplies.NearestSectionsHint(outcome, new CoverageOptions(), new AnswerOptions(), BotTexts.English)!;

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(hint, "Section 2.b"));
        Assert.Contains("Section 1.c", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("Section 3", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NearestSectionsHint_PassageBeforeAnyHeading_NamesTheReportAlone()
    {
        var outcome = new RetrievalOutcome([Hit("kazakhstan-2016.0", [], 0.4)], false, AllReports);

        Assert.Equal("Nearest in the reports: Kazakhstan 2016. Asking in other words may find it there.", NotCoveredReplies.NearestSectionsHint(outcome, new CoverageOptions(), new AnswerOptions(), BotTexts.English));
    }

    [Fact]
    public void NearestSectionsHint_NoPassages_Null()
        => Assert.Null(NotCoveredReplies.NearestSectionsHint(new RetrievalOutcome([], false, AllReports), new CoverageOptions(), new AnswerOptions(), BotTexts.English));

    private static ScoredPassage Hit(string id, string[] path, double similarity)
        => new(new Passage(id, 0, path, "Organizers must apply for a permit ten days in advance."), Kazakhstan, 0.1) { Dense = similarity };
}
