using RightsBot.Core.Conversation;
using RightsBot.Core.Tests.Answering.Pipeline;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

// Paragraphs that only send the reader to another publication never answer; when one is the closest match, the
// question is not covered by the report, and the reply passes the pointer on.
public sealed class ReferralPassageTests() : CorpusTests(Report)
{
    private const string TraffickingPointer = "See the Department of State’s Trafficking in Persons Report at www.state.gov/j/tip/rls/tiprpt/.";

    private const string ReligionPointer = "See the Department of State’s International Religious Freedom Report at https://www.state.gov/religiousfreedomreport/.";

    private const string Report =
        "Testland\n\n2020 Country Reports on Human Rights Practices\n\nSection 2. Liberty\n\nc. Freedom of Religion\n\n" +
        ReligionPointer + "\n\n" +
        "Religious groups must register with the Ministry of Justice before they may worship in public.\n\n" +
        "Section 6. Discrimination\n\nTrafficking in Persons\n\n" + TraffickingPointer + "\n\n" +
        "Women\n\nPolice rarely investigated complaints from victims of domestic violence, according to NGOs.\n";

    [Theory]
    [InlineData(TraffickingPointer)]
    [InlineData(ReligionPointer)]
    [InlineData("Also see the Department of Labor’s Findings on the Worst Forms of Child Labor at https://www.dol.gov/agencies/ilab/resources/reports/child-labor/findings/.")]
    [InlineData("See also the Department of State’s Trafficking in Persons Report.")]
    [InlineData("For additional information about corruption in the country, please see the Department of State’s Investment Climate Statement for the country.")]
    [InlineData("For more information, see data.unicef.org/resources/female-genital-mutilation-cutting-country-profiles/ .")]
    public void IsReferral_PointerOnly_True(string text) => Assert.True(ReferralPassage.IsReferral(text));

    [Theory]
    [InlineData("")]
    [InlineData("For information on conflict-related internal displacement, see section 1.g.")]
    [InlineData("The government did not meet minimum standards. See the Department of State’s Trafficking in Persons Report.")]
    [InlineData("Police detained 40 protesters; see the photographs published by local media.")]
    [InlineData("Seeing no progress, the NGO wrote its own report on prisons.")]
    public void IsReferral_ContentOrSameReportPointer_False(string text) => Assert.False(ReferralPassage.IsReferral(text));

    [Fact]
    public void Retrieve_PointerIsTheClosestMatch_NotCoveredAndReferralSet()
    {
        var outcome = StageRunner.Retrieve(Index, "trafficking in persons", null, null, null, 3, new CoverageOptions(), lexicalOnly: true);

        Assert.False(outcome.Covered);
        Assert.NotNull(outcome.Referral);
        Assert.Equal(TraffickingPointer, outcome.Referral.Passage.Text);
        Assert.Equal(RefusalReason.Referral, NotCoveredReplies.Reason(outcome));
    }

    [Fact]
    public void Retrieve_PointerRanksBelowAnAnswer_DroppedFromTheHits()
    {
        var outcome = StageRunner.Retrieve(Index, "Must religious groups register before they may worship?", null, null, null, 3, new CoverageOptions(), lexicalOnly: true);

        Assert.True(outcome.Covered);
        Assert.Null(outcome.Referral);
        Assert.StartsWith("Religious groups must register", outcome.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Hits, h => h.Passage.Text == ReligionPointer);
        // Without the drop the pointer would be there: it shares "religious" with the question.
        Assert.Contains(Index.Retriever.Search("Must religious groups register before they may worship?", 3), h => h.Passage.Text == ReligionPointer);
    }

    [Fact]
    public async Task AnswerAsync_PointerIsTheClosestMatch_SaysNotCoveredAndPassesThePointerOn()
    {
        var answerer = Answering.AnswererFixture.Create(CorpusPath);

        var answer = await answerer.AnswerAsync(new Question("trafficking in persons", null, null));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Sources);
        Assert.Equal("The Testland 2020 report does not answer that itself; it refers readers elsewhere: " + TraffickingPointer, answer.Text);
    }
}
