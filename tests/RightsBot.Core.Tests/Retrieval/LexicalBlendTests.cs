using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class LexicalBlendTests
{
    [Theory]
    [InlineData(0.15f, 0.85f, 0.6f, 12.5f, 0.3f, 7f, 0.15f * 0.3f / 0.6f + 0.85f * 7f / 12.5f)]
    [InlineData(0.15f, 0.85f, 0f, 12.5f, 0f, 12.5f, 0.85f)] // no cosine anywhere: BM25 alone
    [InlineData(0.15f, 0.85f, 0.5f, 0f, 0.5f, 0f, 0.15f)]
    public void Score_ScalesEachSignalByItsBestThenBlends(float cosineWeight, float bm25Weight, float maxCosine, float maxBm25, float cosine, float bm25, float expected)
        => Assert.Equal(expected, new LexicalBlend(cosineWeight, bm25Weight, maxCosine, maxBm25).Score(cosine, bm25), 6);

    // The estimate may only reject what the exact score would reject: never a candidate that reaches the threshold.
    [Fact]
    public void SurelyBelow_RandomCandidates_NeverRejectsOneReachingTheThreshold()
    {
        var random = new Random(20);
        var rejected = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var blend = new LexicalBlend(random.NextSingle(), random.NextSingle(), random.NextSingle() * 2, random.NextSingle() * 40);
            var (cosine, bm25) = (random.NextSingle() * 2, random.NextSingle() * 40);
            var score = blend.Score(cosine, bm25);
            var threshold = i % 2 == 0 ? score : BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(score) + random.Next(1, 400));

            Assert.False(blend.SurelyBelow(cosine, bm25, score));
            if (blend.SurelyBelow(cosine, bm25, threshold))
            {
                Assert.True(score < threshold);
                rejected++;
            }

            Assert.True(blend.SurelyBelow(cosine, bm25, (score * 1.001f) + 1e-30f) || score == 0);
        }

        Assert.InRange(rejected, 1, 100_000);
    }
}
