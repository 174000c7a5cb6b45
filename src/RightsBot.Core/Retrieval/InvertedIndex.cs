namespace RightsBot.Core.Retrieval;

/// <summary>
/// Term → (passage, weight) postings in flat arrays (CSR layout). Scoring touches only the postings of the
/// query's terms, never every dimension of every passage.
/// </summary>
internal sealed class InvertedIndex
{
    private readonly int[] _offsets;   // term t's postings are [_offsets[t], _offsets[t + 1])
    private readonly int[] _passages;
    private readonly float[] _weights;

    private InvertedIndex(int passageCount, int[] offsets, int[] passages, float[] weights)
    {
        PassageCount = passageCount;
        _offsets = offsets;
        _passages = passages;
        _weights = weights;
    }

    public int PassageCount { get; }

    public int TermCount => _offsets.Length - 1;

    public static InvertedIndex Build(IReadOnlyList<SparseVector> vectors)
    {
        var maxTerm = -1;
        long total = 0;
        foreach (var v in vectors)
        {
            total += v.Count;
            if (v.Count > 0)
            {
                maxTerm = Math.Max(maxTerm, v.Indices[^1]);
            }
        }

        var offsets = new int[maxTerm + 2];
        foreach (var v in vectors)
        {
            foreach (var t in v.Indices)
            {
                offsets[t + 1]++;
            }
        }

        for (var t = 0; t < maxTerm + 1; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var passages = new int[total];
        var weights = new float[total];
        var fill = (int[])offsets.Clone();
        for (var p = 0; p < vectors.Count; p++)
        {
            var v = vectors[p];
            for (var i = 0; i < v.Count; i++)
            {
                var slot = fill[v.Indices[i]]++;
                passages[slot] = p;
                weights[slot] = v.Values[i];
            }
        }

        return new InvertedIndex(vectors.Count, offsets, passages, weights);
    }

    /// <summary>
    /// The <paramref name="k"/> passages with the highest dot product with <paramref name="query"/>, best first;
    /// when <paramref name="allowed"/> is given, only passages it marks are scored.
    /// </summary>
    public IReadOnlyList<(int Passage, float Score)> Search(SparseVector query, int k, bool[]? allowed = null)
    {
        var scores = new float[PassageCount];
        var touched = new List<int>();
        for (var i = 0; i < query.Count; i++)
        {
            var term = query.Indices[i];
            if (term >= TermCount)
            {
                continue;
            }

            var qw = query.Values[i];
            for (var j = _offsets[term]; j < _offsets[term + 1]; j++)
            {
                var p = _passages[j];
                if (allowed is not null && !allowed[p])
                {
                    continue;
                }

                if (scores[p] == 0f)
                {
                    touched.Add(p);
                }

                scores[p] += qw * _weights[j];
            }
        }

        return TopK(scores, touched, k);
    }

    private static List<(int Passage, float Score)> TopK(float[] scores, List<int> touched, int k)
    {
        var heap = new PriorityQueue<int, (float Score, int Neg)>(k + 1);
        foreach (var p in touched)
        {
            var s = scores[p];
            if (s <= 0f)
            {
                continue;
            }

            // Ties go to the earlier passage: the priority orders by score, then by -index.
            heap.Enqueue(p, (s, -p));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        var result = new List<(int, float)>(heap.Count);
        while (heap.TryDequeue(out var p, out var pr))
        {
            result.Add((p, pr.Score));
        }

        result.Reverse();
        return result;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(PassageCount);
        WriteArray(writer, _offsets);
        WriteArray(writer, _passages);
        writer.Write(_weights.Length);
        foreach (var w in _weights)
        {
            writer.Write(w);
        }
    }

    public static InvertedIndex Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var offsets = ReadArray(reader);
        var passages = ReadArray(reader);
        var weights = new float[reader.ReadInt32()];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        return new InvertedIndex(count, offsets, passages, weights);
    }

    private static void WriteArray(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static int[] ReadArray(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }
}
