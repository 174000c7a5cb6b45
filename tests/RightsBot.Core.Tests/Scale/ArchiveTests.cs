using Microsoft.Extensions.Logging.Abstractions;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
using RightsBot.Core.Tests.Answering;
using static RightsBot.Core.Tests.Corpus.CorpusLoaderTests;

namespace RightsBot.Core.Tests.Scale;

/// <summary>
/// The whole 2016–2024 archive (1,748 reports): every report loads, and answers over all of it come from the
/// right country. Opt-in, because the archive is not in the repository: see <see cref="ArchivePath.HowToGetIt"/>.
/// </summary>
[Trait("Category", "Scale")]
public class ArchiveTests
{
    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => AnswererFixture.Create(ArchivePath.TextFolder));

    [Fact]
    public void Load_WholeArchive_EveryReportWithCountryAndYearAndNoWarning()
    {
        var logger = new ListLogger<CorpusLoader>();

        var corpus = new CorpusLoader(logger).Load(ArchivePath.TextFolder);

        Assert.Empty(logger.Warnings);
        Assert.Equal(1748, corpus.Reports.Count);
        Assert.Equal(Enumerable.Range(2016, 9), corpus.Reports.Select(r => r.Year).Distinct().Order());
        Assert.All(corpus.Reports.GroupBy(r => r.Year), year => Assert.InRange(year.Count(), 190, 200));
        Assert.All(corpus.Reports, r => Assert.False(string.IsNullOrWhiteSpace(r.Country)));
        // text/<year>/<slug>.txt: each report's page from its year and slug.
        Assert.All(corpus.Reports, r => Assert.StartsWith($"https://www.state.gov/reports/{r.Year}-country-reports-on-human-rights-practices/", r.Url, StringComparison.Ordinal));
        Assert.Equal(corpus.Passages.Count, corpus.Passages.Select(p => p.Id).Distinct().Count());
    }

    // As PassageLinkTests.For_ShippedCorpus_StartsFoundAboveTheirPassage, over every report: 16.5% of fixed 4-word
    // starts occur higher up their report, 0.33% once grown (paragraphs repeated word for word).
    [Theory]
    [InlineData(false, 42_326)]
    [InlineData(true, 836)]
    public void PassageLinks_WholeArchive_StartsFoundAboveTheirPassage(bool grown, int expected)
    {
        var corpus = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Load(ArchivePath.TextFolder);

        Assert.Equal((256_197, expected), (corpus.Passages.Count, PassageLinkTests.StartsFoundAbove(corpus, 4, grown)));
    }

    [Theory]
    [InlineData("Are Uyghurs detained in China?", "China")]
    [InlineData("Are Palestinians detained in Israel?", "Israel")]
    [InlineData("do Saudi women need a male guardian?", "Saudi Arabia")]
    [InlineData("Were journalists detained in Nigeria in 2016?", "Nigeria 2016")]
    public async Task AnswerAsync_WholeArchive_AnswersFromTheNamedCountry(string question, string report)
    {
        var answer = await Answerer.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.All(answer.Sources, s => Assert.StartsWith(report, s.Report, StringComparison.Ordinal));
    }
}
