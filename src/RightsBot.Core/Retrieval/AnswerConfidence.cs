namespace RightsBot.Core.Retrieval;

/// <summary>
/// In hybrid mode, how likely the reports in scope answer the question, from two pieces of evidence: how close
/// in meaning the best passage is, and how clearly the best passage by meaning stands out from the fifth best
/// (a question the reports answer usually has one passage about it; one they do not answer finds many passages
/// that are each a little related). A logistic model fitted on RightsBot's own labelled sets
/// (tests/eval/multi-report.jsonl and calibration.jsonl; 170 questions, 58 of them unanswerable); the dev set
/// was left out of the fit. Lexical signals (TF-IDF cosine, word coverage) added nothing on the held-out sets.
/// </summary>
internal static class AnswerConfidence
{
    private const double SimilarityWeight = 11.83;
    private const double MarginWeight = 7.69;
    private const double Intercept = -6.08;

    public static double Of(double bestSimilarity, double margin)
        => 1 / (1 + Math.Exp(-((SimilarityWeight * bestSimilarity) + (MarginWeight * margin) + Intercept)));
}
