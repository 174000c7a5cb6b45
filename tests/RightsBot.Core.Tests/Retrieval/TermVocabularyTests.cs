using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class TermVocabularyTests
{
    private static readonly string[] Passages =
    [
        "The police detained protesters in the capital and beat several of them.",
        "Prison conditions were harsh; prisoners lacked medical care and prison staff beat inmates.",
        "Journalists reported pressure from officials; the government blocked news websites.",
        "The law prohibits torture, but police tortured detainees in pretrial detention.",
        "Prison prison prison: overcrowding in the prison system worsened.",
    ];

    [Theory]
    [InlineData("did police beat protesters in prison?")]
    [InlineData("prison conditions prison staff")]
    [InlineData("blocked news websites zzz unknownword government")]
    [InlineData("torture")]
    public void Vectorize_Question_EqualsMlNetTransformNormalised(string question)
    {
        var analyzed = Passages.Select(EnglishTextAnalyzer.Instance.Analyze).ToArray();
        var (raw, terms) = TfidfFeaturizer.Fit(analyzed, out var ml, out var model);
        var df = new int[terms.Length];
        foreach (var v in raw)
        {
            foreach (var t in v.Indices)
            {
                df[t]++;
            }
        }

        var vocabulary = new TermVocabulary(terms, df, analyzed.Length);
        var q = EnglishTextAnalyzer.Instance.Analyze(question);

        var reference = TfidfFeaturizer.Reference(ml, model, q);
        var ours = vocabulary.Vectorize(q);

        Assert.NotEqual(0, reference.Count);
        Assert.Equal(reference.Indices, ours.Indices);
        var norm = Math.Sqrt(reference.Values.Sum(v => (double)v * v));
        for (var i = 0; i < ours.Count; i++)
        {
            Assert.Equal(reference.Values[i] / norm, ours.Values[i], 5);
        }
    }

    [Fact]
    public void CountTerms_AdjacentTokens_CountsBigrams()
    {
        var analyzed = Passages.Select(EnglishTextAnalyzer.Instance.Analyze).ToArray();
        var (raw, terms) = TfidfFeaturizer.Fit(analyzed);
        var vocabulary = new TermVocabulary(terms, new int[terms.Length], analyzed.Length);

        var counts = vocabulary.CountTerms(EnglishTextAnalyzer.Instance.Analyze("prison conditions, prison conditions"));

        Assert.Equal(2, counts[vocabulary.Id("prison")]);
        Assert.Equal(2, counts[vocabulary.Id("prison|condit")]);
        Assert.Equal(raw.Length, Passages.Length);
    }
}
