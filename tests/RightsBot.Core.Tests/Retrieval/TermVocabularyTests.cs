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

    [Fact]
    public void Id_EveryTermOfALargeVocabulary_FoundUnderItsOwnId()
    {
        // Enough terms that many share a slot of the table and must be told apart by their characters.
        var terms = Enumerable.Range(0, 50_000).Select(i => i % 3 == 0 ? $"t{i}" : $"t{i}|w{i % 97}").ToArray();
        var vocabulary = new TermVocabulary(terms, new int[terms.Length], 10);

        Assert.All(Enumerable.Range(0, terms.Length), i => Assert.Equal(i, vocabulary.Id(terms[i])));
        Assert.Equal(-1, vocabulary.Id("t1"));
        Assert.Equal(-1, vocabulary.Id("t50000"));
        Assert.Equal(-1, vocabulary.Id(string.Empty));
        Assert.Equal(terms.Length, vocabulary.Count);
    }

    [Fact]
    public void Id_RepeatedTerm_GivesItsLastId()
    {
        var vocabulary = new TermVocabulary(["prison", "police", "prison"], new int[3], 3);

        Assert.Equal(2, vocabulary.Id("prison"));
        Assert.Equal(1, vocabulary.Id("police".AsSpan()));
    }

    [Fact]
    public void WriteThenRead_SameIdsAndWeights()
    {
        string[] terms = ["prison", "polic", "prison|condit", "détention", "z"];
        int[] df = [3, 1, 2, 1, 0];
        var vocabulary = new TermVocabulary(terms, df, 4);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            vocabulary.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = TermVocabulary.Read(reader, count => count == terms.Length ? df : throw new InvalidOperationException("wrong count"), 4);

        Assert.Equal(terms.Length, read.Count);
        Assert.All(Enumerable.Range(0, terms.Length), i => Assert.Equal(i, read.Id(terms[i])));
        Assert.All(Enumerable.Range(0, terms.Length), i => Assert.Equal(vocabulary.TfidfIdf(i), read.TfidfIdf(i)));
        Assert.All(Enumerable.Range(0, terms.Length), i => Assert.Equal(vocabulary.Bm25Idf(i), read.Bm25Idf(i)));
        Assert.Equal(0, read.TfidfIdf(4));
    }

    [Fact]
    public void Read_DamagedOffsets_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(3);
            foreach (var start in new[] { 0, 5, 2 })
            {
                writer.Write(start);
            }

            writer.Write(2);
            writer.Write((short)'a');
            writer.Write((short)'b');
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        Assert.Throws<InvalidDataException>(() => TermVocabulary.Read(reader, count => new int[count], 1));
    }

    [Fact]
    public void Read_ArrayLongerThanTheFile_ThrowsInvalidDataBeforeAllocating()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(int.MaxValue);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        Assert.Throws<InvalidDataException>(() => TermVocabulary.Read(reader, count => new int[count], 1));
    }
}
