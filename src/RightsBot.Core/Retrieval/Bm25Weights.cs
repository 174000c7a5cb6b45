namespace RightsBot.Core.Retrieval;

/// <summary>
/// BM25 term weights for every (passage, term) of the TF-IDF vectors: raw counts of the same unigrams and
/// bigrams ML.NET saw, the passage's length in kept tokens, and Robertson–Spärck Jones IDF.
/// </summary>
internal static class Bm25Weights
{
    public static float[][] Compute(IReadOnlyList<string> analyzed, IReadOnlyList<SparseVector> vectors, Dictionary<string, int> vocabulary, float k1, float b)
    {
        var n = analyzed.Count;
        var df = new int[vocabulary.Count];
        foreach (var v in vectors)
        {
            foreach (var t in v.Indices)
            {
                df[t]++;
            }
        }

        var counts = new Dictionary<int, int>[n];
        var lengths = new int[n];
        Parallel.For(0, n, p =>
        {
            var tf = new Dictionary<int, int>();
            string? previous = null;
            var length = 0;
            foreach (var token in analyzed[p].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Tokens ML.NET dropped as stop words are not in the vocabulary; bigrams join the kept neighbours.
                if (!vocabulary.TryGetValue(token, out var id))
                {
                    continue;
                }

                length++;
                tf[id] = tf.GetValueOrDefault(id) + 1;
                if (previous is not null && vocabulary.TryGetValue(previous + "|" + token, out var bigram))
                {
                    tf[bigram] = tf.GetValueOrDefault(bigram) + 1;
                }

                previous = token;
            }

            counts[p] = tf;
            lengths[p] = length;
        });

        var avg = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var weights = new float[n][];
        Parallel.For(0, n, p =>
        {
            var v = vectors[p];
            var w = new float[v.Count];
            var norm = k1 * (1 - b + (b * lengths[p] / avg));
            for (var i = 0; i < v.Count; i++)
            {
                var t = v.Indices[i];
                var tf = counts[p].GetValueOrDefault(t, 1);
                var idf = Math.Log(1 + ((n - df[t] + 0.5) / (df[t] + 0.5)));
                w[i] = (float)(idf * tf * (k1 + 1) / (tf + norm));
            }

            weights[p] = w;
        });

        return weights;
    }
}
