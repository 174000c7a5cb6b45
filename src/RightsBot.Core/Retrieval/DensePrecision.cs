namespace RightsBot.Core.Retrieval;

/// <summary>How the sentence-embedding model's weights are held while it runs (configuration "Retrieval:DensePrecision").</summary>
public enum DensePrecision
{
    /// <summary>
    /// The weight matrices turned into 8-bit integers, one scale a column, as the model loads: about three times
    /// faster a question, at nearly the same ranking (README, Performance).
    /// </summary>
    Quantized,

    /// <summary>The model as published: 32-bit floating-point weights.</summary>
    Original,
}
