namespace RightsBot.Core.Retrieval;

/// <summary>A sparse vector: ascending term indices and their weights.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;

    /// <summary>The dot product of two sparse vectors (their cosine when both are L2-normalised).</summary>
    public static double Dot(SparseVector a, SparseVector b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var (ai, bj) = (a.Indices[i], b.Indices[j]);
            if (ai == bj)
            {
                sum += a.Values[i++] * b.Values[j++];
            }
            else if (ai < bj)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
