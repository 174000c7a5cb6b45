namespace RightsBot.Core.Retrieval;

/// <summary>
/// A question's vector quantized like the stored sentence vectors (<see cref="DenseRecord"/>), once a question,
/// so that scoring a sentence is one integer dot product and two multiplications.
/// </summary>
internal sealed class QuantizedQuery
{
    private readonly sbyte[] _values;

    public QuantizedQuery(ReadOnlySpan<float> vector)
    {
        _values = new sbyte[vector.Length];
        Scale = DenseRecord.Quantize(vector, _values);
    }

    public ReadOnlySpan<sbyte> Values => _values;

    public float Scale { get; }

    public int Dimensions => _values.Length;
}
