using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// Two tiny reports for the dense-retrieval tests. Each has a passage about land taken from villagers written in
/// words that <see cref="FakeTextEmbedder"/> maps to the same meanings but the lexical index cannot connect.
/// </summary>
internal static class DenseTestCorpus
{
    /// <summary>The opening of every small Testland 2020 report in the tests: title, year line and section 1's heading.</summary>
    public const string TestlandHeader = "Testland\n\n2020 Country Reports on Human Rights Practices\n\nSection 1. Life\n\n";

    public const string LandPassage = "Officials confiscated farmland from villagers in northern provinces.";

    public const string OtherLandPassage = "Peasants saw their fields expropriated for a mining company.";

    /// <summary>Shares no word with <see cref="LandPassage"/>; lexically it matches only the army passage.</summary>
    public const string LandQuestion = "Were rural plots seized by the army?";

    /// <summary>
    /// One report of six passages, four sharing "capital" with "Did the police detain protesters in the capital?",
    /// which the first answers: more ranked passages than an answer's sources.
    /// </summary>
    public const string CapitalReport = TestlandHeader
        + "The police detained protesters in the capital.\n\nOfficials in the capital held a parade.\n\nThe capital's courts were slow.\n\n"
        + "Rents in the capital rose.\n\nFarmers left the countryside.\n\nSchools reopened in villages.\n";

    private const string Testland =
        TestlandHeader +
        LandPassage + "\n\nThe army held parades in the capital.\n\nPrison conditions were harsh and overcrowded.\n\n" +
        "Section 2. Liberty\n\nJournalists faced harassment by officials.\n\nDetainees who were unwell received no medical care.\n";

    private const string Otherland =
        "Otherland\n\n2021 Country Reports on Human Rights Practices\n\nSection 1. Life\n\n" +
        OtherLandPassage + "\n\nThe police detained protesters in the capital.\n\nCourts were slow to hear appeals.\n";

    /// <summary>Writes both reports into folder/corpus and returns that folder.</summary>
    public static string Write(TempFolder folder)
    {
        folder.Write("corpus/testland-2020.txt", Testland);
        folder.Write("corpus/otherland-2021.txt", Otherland);
        return Path.Combine(folder.Path, "corpus");
    }

    /// <summary>The lexical index of one report written as <c>corpus/testland-2020.txt</c> in the folder (no cache).</summary>
    public static PassageIndex BuildIndex(TempFolder folder, string reportText)
    {
        folder.Write("corpus/testland-2020.txt", reportText);
        return NewBuilder().LoadOrBuild(Path.Combine(folder.Path, "corpus"), cachePath: null).Index;
    }

    public static PassageIndexBuilder NewBuilder()
        => new(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance);

    /// <summary>
    /// Every passage of these one-sentence passages was embedded exactly once, whatever the text around it
    /// (headings, say) the dense index adds.
    /// </summary>
    public static void AssertEachPassageEmbeddedOnce(PassageIndex index, IReadOnlyList<string> embedded)
    {
        Assert.Equal(index.Corpus.Passages.Count, embedded.Count);
        foreach (var passage in index.Corpus.Passages)
        {
            Assert.Single(embedded, t => t.Contains(passage.Text, StringComparison.Ordinal));
        }
    }

    /// <summary>The passage texts in passage order, as the dense index is built from them in these tests.</summary>
    public static string[] PassageTexts(PassageIndex index) => [.. index.Corpus.Passages.Select(p => p.Text)];

    public static int ReportIndex(PassageIndex index, string country)
    {
        var reports = index.Corpus.Reports;
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i].Country == country)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no report for {country}");
    }
}
