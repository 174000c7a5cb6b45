using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class DenseIndexTests
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef";

    private static readonly string[] Texts =
    [
        "Officials confiscated farmland from villagers.",
        "The army held parades in the capital.",
        "Detainees who were unwell received no medical care. Courts were slow to hear their appeals.",
    ];

    [Fact]
    public void Save_ThenTryLoad_RoundTripsSimilarities()
    {
        using var folder = new TempFolder();
        var embedder = new FakeTextEmbedder();
        var built = DenseIndex.Build(embedder, Texts);
        var file = Path.Combine(folder.Path, "dense.bin");

        built.Save(file, Fingerprint);
        using var loaded = DenseIndex.TryLoad(file, Fingerprint, embedder, Texts.Length);

        Assert.NotNull(loaded);
        Assert.Null(built.File);
        Assert.Equal(file, loaded.File);
        Assert.Equal(built.Bytes, loaded.Bytes);
        Assert.Equal(built.Count, loaded.Count);
        Assert.Equal(built.Dimensions, loaded.Dimensions);
        var query = embedder.Vector("Were rural plots seized?");
        var before = Enumerable.Range(0, Texts.Length).Select(p => built.Similarity(query, p)).ToArray();
        var after = Enumerable.Range(0, Texts.Length).Select(p => loaded.Similarity(query, p)).ToArray();
        Assert.Equal(before, after);
        Assert.True(before[0] > 0.5f, "the land passage is close to the question by meaning");
    }

    [Theory]
    [InlineData("another fingerprint")]
    [InlineData("another model")]
    [InlineData("other dimensions")]
    [InlineData("another passage count")]
    [InlineData("missing file")]
    public void TryLoad_NotMadeForThisCorpusAndModel_ReturnsNull(string mismatch)
    {
        using var folder = new TempFolder();
        var embedder = new FakeTextEmbedder();
        var file = Path.Combine(folder.Path, "dense.bin");
        DenseIndex.Build(embedder, Texts).Save(file, Fingerprint);

        var loaded = mismatch switch
        {
            "another fingerprint" => DenseIndex.TryLoad(file, "fedcba9876543210fedcba9876543210", embedder, Texts.Length),
            "another model" => DenseIndex.TryLoad(file, Fingerprint, new FakeTextEmbedder("fake-concepts-v2"), Texts.Length),
            "other dimensions" => DenseIndex.TryLoad(file, Fingerprint, new FakeTextEmbedder(dimensions: 256), Texts.Length),
            "another passage count" => DenseIndex.TryLoad(file, Fingerprint, embedder, Texts.Length + 1),
            "missing file" => DenseIndex.TryLoad(Path.Combine(folder.Path, "absent.bin"), Fingerprint, embedder, Texts.Length),
            _ => throw new ArgumentOutOfRangeException(nameof(mismatch)),
        };

        Assert.Null(loaded);
    }

    [Fact]
    public void Build_MoreTextsThanABatch_EmbedsEachOnceInBatchesAndReportsFullProgress()
    {
        var embedder = new FakeTextEmbedder();
        var texts = Enumerable.Range(0, 70).Select(i => $"passage number {i}").ToArray();
        var reported = new List<EmbeddingProgress>();

        var dense = DenseIndex.Build(embedder, texts, new InlineProgress<EmbeddingProgress>(reported.Add));

        Assert.Equal(70, dense.Count);
        Assert.Equal(3, embedder.Calls); // 32 + 32 + 6
        Assert.Equal(texts, embedder.Texts);
        Assert.Equal([0, 32, 64, 70], reported.Select(p => p.Done));
        Assert.All(reported, p => Assert.Equal(70, p.Total));
        Assert.Equal(1.0, reported[^1].Fraction);
        Assert.Equal(1f, dense.Similarity(embedder.Vector(texts[69]), 69), 5);
    }

    [Fact]
    public void Similarity_PassageOfSeveralSentences_IsThatOfItsClosestSentence()
    {
        var embedder = new FakeTextEmbedder();
        var dense = DenseIndex.Build(embedder, ["Courts were slow to hear appeals. Officials confiscated farmland from villagers. The army held parades."]);
        var query = embedder.Vector("Were rural plots seized?");

        var similarity = dense.Similarity(query, 0);

        Assert.Equal(3, dense.SentenceCount);
        var closest = System.Numerics.Tensors.TensorPrimitives.Dot(query, embedder.Vector("Officials confiscated farmland from villagers."));
        Assert.Equal(closest, similarity, 5);
        Assert.True(similarity > System.Numerics.Tensors.TensorPrimitives.Dot(query, embedder.Vector("Courts were slow to hear appeals. Officials confiscated farmland from villagers. The army held parades.")));
    }

    [Theory]
    [InlineData("Courts were slow to hear appeals.", "Courts were slow to hear appeals.")]
    [InlineData("Courts were slow to hear appeals. Officials confiscated farmland from villagers.", "Courts were slow to hear appeals.|Officials confiscated farmland from villagers.")]
    [InlineData("Courts were slow to hear appeals. Few were heard.", "Courts were slow to hear appeals. Few were heard.")]
    [InlineData("Too short. Courts were slow to hear appeals.", "Too short.|Courts were slow to hear appeals.")]
    [InlineData("no punctuation at all", "no punctuation at all")]
    [InlineData("   ", "")]
    public void Sentences_Passage_OnePiecePerSentenceWithShortOnesJoinedToThePrevious(string passage, string expected)
        => Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), DenseIndex.Sentences(passage));

    [Fact]
    public void Build_Cancelled_ThrowsBeforeEmbedding()
    {
        var embedder = new FakeTextEmbedder();

        Assert.ThrowsAny<OperationCanceledException>(() => DenseIndex.Build(embedder, Texts, cancellationToken: new CancellationToken(canceled: true)));
        Assert.Equal(0, embedder.Calls);
    }

    [Fact]
    public void ScoreAll_Ranges_ScoresOnlyInsideThem()
    {
        var embedder = new FakeTextEmbedder();
        var dense = DenseIndex.Build(embedder, Texts);
        var query = embedder.Vector("Detainees who were unwell received no medical care.");
        var scores = new float[Texts.Length];
        Array.Fill(scores, -9f);

        dense.ScoreAll(query, [(1, 3)], scores);

        Assert.Equal(-9f, scores[0]);
        Assert.Equal(dense.Similarity(query, 1), scores[1]);
        Assert.Equal(1f, scores[2], 5);
    }

    [Fact]
    public void Score_CandidateListInAnyOrder_SameAsScoreAllForThosePassages()
    {
        var embedder = new FakeTextEmbedder();
        var dense = DenseIndex.Build(embedder, Texts);
        var query = dense.Quantize(embedder.Vector("Were sick prisoners treated?"));
        var all = new float[Texts.Length];
        dense.ScoreAll(query, null, all);
        int[] candidates = [2, 0, 2];
        var scores = new float[candidates.Length];

        dense.Score(query, candidates, scores);

        Assert.Equal(candidates.Select(p => all[p]), scores);
    }

    [Fact]
    public void Similarity_EightBitVectors_WithinAHundredthOfTheFloatDotProduct()
    {
        var embedder = new FakeTextEmbedder();
        var dense = DenseIndex.Build(embedder, Texts);

        foreach (var question in new[] { "Were rural plots seized?", "Were sick prisoners treated?", "parades" })
        {
            var query = embedder.Vector(question);
            for (var p = 0; p < Texts.Length; p++)
            {
                var exact = DenseIndex.Sentences(Texts[p]).Max(s => System.Numerics.Tensors.TensorPrimitives.Dot(query, embedder.Vector(s)));
                Assert.Equal(exact, dense.Similarity(query, p), 0.01);
            }
        }
    }

    [Fact]
    public void Similarity_QueryOfOtherDimensions_Throws()
        => Assert.Throws<ArgumentException>(() => DenseIndex.Build(new FakeTextEmbedder(), Texts).Similarity(new float[3], 0));
}
