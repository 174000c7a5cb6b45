using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class InvertedIndexTests
{
    // What a pruned search leaves out rests on these: the most any posting of the term adds, before the query's weights.
    [Fact]
    public void MaxFactors_RandomIndex_TheLargestOfAnyPosting()
    {
        var (index, vectors, lengths, idf) = RandomPostings.Index(3, passages: 500, terms: 40);
        var average = lengths.Average();

        for (var t = 0; t < index.TermCount; t++)
        {
            var postings = vectors.Select((v, p) => (v, p)).Where(x => x.v.Indices.Contains(t)).ToList();
            var (cosine, bm25) = index.MaxFactors(t);
            if (postings.Count == 0)
            {
                Assert.Equal((0f, 0f), (cosine, bm25));
                continue;
            }

            var tf = postings.Select(x => (x.p, f: Math.Round(x.v.Values[Array.IndexOf(x.v.Indices, t)] / idf[t]), norm: Math.Sqrt(x.v.Values.Sum(y => (double)y * y)))).ToList();
            Assert.Equal(tf.Max(x => x.f / x.norm), cosine, 5);
            Assert.Equal(tf.Max(x => x.f / (x.f + (RandomPostings.K1 * (1 - RandomPostings.B + (RandomPostings.B * lengths[x.p] / average))))), bm25, 5);
        }
    }

    [Fact]
    public void Read_WhatWriteWrote_SameFactorsAndPostings()
    {
        var (index, _, _, _) = RandomPostings.Index(5, passages: 300, terms: 30);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            index.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = InvertedIndex.Read(reader);

        Assert.Equal(index.TermCount, read.TermCount);
        for (var t = 0; t < index.TermCount; t++)
        {
            Assert.Equal(index.MaxFactors(t), read.MaxFactors(t));
            Assert.Equal(index.Range(t), read.Range(t));
        }
    }
}
