namespace RightsBot.Core.Answering;

/// <summary>Translates a non-English question into English so retrieval can match the English reports.</summary>
public interface IQuestionTranslator
{
    /// <summary>False when no translator is configured (summarization off); callers then never call it.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// The question in English for retrieval, or null when it already looks English or no translation could be had
    /// (failure, timeout): the caller then retrieves with the original text. The answer itself still goes to the
    /// summarizer with the original question, so it comes back in the user's language.
    /// </summary>
    Task<string?> TranslateToEnglishAsync(string questionText, CancellationToken cancellationToken = default);
}
