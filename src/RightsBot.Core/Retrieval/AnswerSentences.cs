namespace RightsBot.Core.Retrieval;

/// <summary>Which sentences of the best passages count as answering the question (the extractive answer quotes them).</summary>
internal static class AnswerSentences
{
    /// <summary>
    /// By meaning, sentence similarities sit close together (0.3–0.7): a sentence answers when it is at least this
    /// share of the closest one's similarity. The figure check looks for the figure in the same sentences.
    /// </summary>
    public const double MeaningCutoff = 0.85;
}
