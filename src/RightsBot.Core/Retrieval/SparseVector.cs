namespace RightsBot.Core.Retrieval;

/// <summary>A sparse vector: ascending term indices and their weights.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;
}
