using Microsoft.Extensions.Options;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 6: decides whether the ranked passages answer the question, or it is "not covered". Every rule lives
/// here (a country or year the corpus lacks is decided by the scope stage, before any search):
/// <list type="bullet">
/// <item>nothing ranked;</item>
/// <item>the closest paragraph only points to another publication;</item>
/// <item>a name, or the thing a "how many" question counts, that no report in scope uses;</item>
/// <item>a figure asked for that the answering sentences do not give;</item>
/// <item>lexical mode: too low a cosine over the words the scope uses, or too little of the question's words in
/// the best passage; by meaning: no sentence of the best passage close enough to the question.</item>
/// </list>
/// </summary>
internal sealed class CoverageStage(IOptions<CoverageOptions> options)
{
    // The options a translated question is judged by, made once (the options do not change after start-up).
    private readonly Lazy<CoverageOptions> _translated = new(() => options.Value.ForTranslated());

    public void Run(QuestionContext context)
    {
        var scope = context.Scope!;
        var ranked = context.Ranked;
        if (ranked.Count == 0)
        {
            context.Outcome = new RetrievalOutcome(ranked, false, scope) { SearchedText = context.TopicText, DenseFailure = context.MeaningFailure };
            return;
        }

        // The closest paragraph only sends the reader to another publication (the Trafficking in Persons Report,
        // say): the report deals with the topic there, not here. Lower down, such paragraphs are just dropped.
        if (ReferralPassage.IsReferral(ranked[0].Passage.Text))
        {
            context.Outcome = new RetrievalOutcome([.. ranked.Take(context.Depth)], false, scope)
            {
                SearchedText = context.TopicText, QueryVector = context.QueryVector, Meaning = context.Meaning, DenseFailure = context.MeaningFailure, Referral = ranked[0],
            };
            return;
        }

        var retriever = context.Index.Retriever;
        var hits = ranked.Where(h => !ReferralPassage.IsReferral(h.Passage.Text)).Take(context.Depth).ToList();
        var meaning = context.Meaning;
        var ranges = retriever.Ranges(scope.ReportIndices);
        var coverage = retriever.Coverage(context.Terms, hits[0].Passage);
        double? inScopeScore = meaning is null ? InScopeScore(retriever, context.Terms, ranges, hits[0].Score) : null;

        // What the reports in scope cannot be answering about: a name they never use ("Vladimir Kozlov"), or the
        // thing a "how many" question counts when they never name it.
        List<string> absent = [.. retriever.NamesAbsentFromScope(context.TopicText, ranges, context.ByGlossary).Concat(retriever.CountedWordsAbsentFromScope(context.TopicText, ranges)).Distinct()];
        var o = context.ByGlossary ? _translated.Value : options.Value;
        var embedder = context.Embedder;
        var numberMissing = QuantityEvidence.Missing(retriever, meaning, context.QueryVector, context.TopicText, hits, o,
            meaning is null || embedder is null ? null : parts => embedder.Embed(parts));

        var covered = absent.Count == 0 && !numberMissing && (meaning is null
            // Lexical mode: two pieces of evidence must agree: the passage is close to the question (cosine, over
            // the words the scope uses), and it contains most of what the question is about (the rare words weigh
            // most, and words the scope never uses count against it).
            ? inScopeScore >= o.MinScore && coverage >= o.MinCoverage
            // By meaning: one sentence of the best passage must be close in meaning to the question. The word
            // rule, tried alongside, let through questions that reuse the reports' words for something they do
            // not say; the best passage's margin over the others added nothing once passages were scored by sentence.
            : hits[0].Dense >= o.MinSimilarity);
        context.Outcome = new RetrievalOutcome(hits, covered, scope, coverage)
        {
            SearchedText = context.TopicText,
            InScopeScore = inScopeScore,
            QueryVector = context.QueryVector,
            Meaning = meaning,
            AbsentNames = absent,
            NumberMissing = numberMissing,
            DenseFailure = context.MeaningFailure,
        };
    }

    // Lexical mode's closeness evidence: the best passage's TF-IDF cosine with the part of the question the reports
    // in scope use at all. Words they never use already count against the question in the coverage rule; left
    // in the cosine too, they lowered it the more, the larger the corpus (the more rare words and word pairs it
    // knows somewhere), so one cut could not hold at every scale.
    private static double InScopeScore(LexicalPassageRetriever retriever, IReadOnlyList<QueryTerm> terms, IReadOnlyList<(int Start, int End)>? ranges, double score)
    {
        var length = retriever.InScopeLength(terms, ranges);
        return length > 0 ? score / length : score;
    }
}
