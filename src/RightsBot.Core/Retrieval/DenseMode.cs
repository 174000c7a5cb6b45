namespace RightsBot.Core.Retrieval;

/// <summary>Whether retrieval adds sentence-embedding similarity to the lexical signals.</summary>
public enum DenseMode
{
    /// <summary>Lexical signals only: smallest memory and fastest questions.</summary>
    Off,

    /// <summary>Dense on for corpora up to <see cref="RetrievalOptions.DenseMaxPassages"/>, or whenever vectors are already cached.</summary>
    Auto,

    /// <summary>Dense on for any corpus size (every 2016–2024 report would take an estimated forty minutes on 2 cores).</summary>
    On,
}
