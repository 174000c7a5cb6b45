using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

// A nationality word may describe a person, not the place: "the French writer" detained in Algeria.
public sealed class SearchStagesNationalityTests() : CorpusTests(new Dictionary<string, string>
{
    ["france-2024.txt"] = Report("France", "The law provided for freedom of expression, and French writers published freely."),
    ["algeria-2024.txt"] = Report("Algeria", Detention),
})
{
    private const string Detention = "On November 16, authorities detained French writer Boualem Sansal on terrorism charges.";

    [Fact]
    public void Run_NationalityWordScopeNeverNamesThePerson_SearchesEveryReport()
    {
        var outcome = Retrieve("Why was the French writer Boualem Sansal detained?");

        Assert.True(outcome.Covered);
        Assert.Equal(Detention, outcome.Hits[0].Passage.Text);
        Assert.Null(outcome.Scope.Country);
    }

    [Fact]
    public void Run_CountryNamed_StaysInItsReports()
    {
        var outcome = Retrieve("Why was the writer Boualem Sansal detained in France?");

        Assert.False(outcome.Covered);
        Assert.Equal("France", outcome.Scope.Country);
    }

    [Fact]
    public void Run_NationalityWordScopeCovers_StaysThere()
    {
        var outcome = Retrieve("Do French writers publish freely?");

        Assert.True(outcome.Covered);
        Assert.Equal("France", outcome.Scope.Country);
    }

    private static string Report(string country, string expression)
        => $"{country}\n\n2024 Country Reports on Human Rights Practices\n\nFreedom of Expression\n\n{expression}\n\nElections\n\nVoters chose a new parliament in March.\n\n";

    private RetrievalOutcome Retrieve(string question)
        => StageRunner.Retrieve(Index, question, null, null, null, 5, new CoverageOptions(), lexicalOnly: true);
}
