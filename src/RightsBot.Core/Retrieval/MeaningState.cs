namespace RightsBot.Core.Retrieval;

/// <summary>Whether answers search by meaning as well as words.</summary>
public enum MeaningState
{
    /// <summary>Lexical mode: the settings or the corpus size leave search by meaning off.</summary>
    Off,

    /// <summary>Answers rank by meaning as well as words (hybrid or rerank mode).</summary>
    On,

    /// <summary>The sentence model failed: answers come from words alone until a retry succeeds.</summary>
    Failed,
}
