using System.Numerics.Tensors;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The retrieval step shared by answering and evaluation: resolve the report scope, rank passages inside it,
/// decide whether the reports cover the question.
/// </summary>
internal static class PassageSearch
{
    // Extra passages ranked so that dropping paragraphs that only point elsewhere still leaves k.
    private const int ReferralSlack = 3;

    public static RetrievalOutcome Retrieve(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int k, RetrievalOptions options, bool lexicalOnly = false)
    {
        question = Text.ChatSpeak.Expand(question);
        var scope = index.Scope.Resolve(question, country, year, defaultCountry);
        if (scope.Unavailable is not null)
        {
            return new RetrievalOutcome([], false, scope) { SearchedText = question };
        }

        var topicText = scope.TopicText ?? question;
        var terms = index.Retriever.AnalyzeQuery(topicText);
        // Snapshots: the full embeddings may arrive (and replace the on-demand ones) while this question runs.
        var dense = lexicalOnly ? null : index.Dense;
        var onDemand = lexicalOnly || dense is not null ? null : index.OnDemand;
        var embedder = (ITextEmbedder?)dense?.Embedder ?? onDemand?.Embedder;
        var (queryVector, denseFailure) = EmbedQuestion(index, embedder, topicText, scope.BareTopicText);
        ISentenceVectors? meaning = queryVector is null ? null : (ISentenceVectors?)dense ?? onDemand;
        IReadOnlyList<ScoredPassage> ranked;
        if (queryVector is not null && dense is not null)
        {
            ranked = HybridRanker.Rank(index.Retriever, dense, terms, queryVector, scope.ReportIndices, k + ReferralSlack, (float)options.DenseWeight);
        }
        else
        {
            var depth = k + ReferralSlack;
            ranked = index.Retriever.Search(terms, queryVector is null ? depth : Math.Max(depth, options.RerankDepth), scope.ReportIndices);
            if (queryVector is not null && onDemand is not null)
            {
                (ranked, denseFailure) = Rerank(index, onDemand, ranked, queryVector, depth, options);
                meaning = denseFailure is null ? onDemand : null;
                queryVector = denseFailure is null ? queryVector : null;
            }
        }

        if (ranked.Count == 0)
        {
            return new RetrievalOutcome(ranked, false, scope) { SearchedText = topicText, DenseFailure = denseFailure };
        }

        // The closest paragraph only sends the reader to another publication (the Trafficking in Persons Report,
        // say): the report deals with the topic there, not here. Lower down, such paragraphs are just dropped.
        if (ReferralPassage.IsReferral(ranked[0].Passage.Text))
        {
            return new RetrievalOutcome([.. ranked.Take(k)], false, scope) { SearchedText = topicText, QueryVector = queryVector, Meaning = meaning, DenseFailure = denseFailure, Referral = ranked[0] };
        }

        var hits = ranked.Where(h => !ReferralPassage.IsReferral(h.Passage.Text)).Take(k).ToList();

        var coverage = index.Retriever.Coverage(terms, hits[0].Passage);
        double? inScopeScore = meaning is null ? InScopeScore(index, terms, scope, hits[0].Score) : null;
        var absent = AbsentFromScope(index, scope, topicText);
        var numberMissing = QuantityEvidence.Missing(index.Retriever, meaning, queryVector, topicText, hits,
            meaning is null || embedder is null ? null : parts => embedder.Embed(parts));

        var covered = absent.Count == 0 && !numberMissing && (meaning is null
            // Lexical mode: two pieces of evidence must agree: the passage is close to the question (cosine, over
            // the words the scope uses), and it contains most of what the question is about (the rare words weigh
            // most, and words the scope never uses count against it).
            ? inScopeScore >= options.MinScore && coverage >= options.MinCoverage
            // Hybrid mode: one sentence of the best passage must be close in meaning to the question. The word
            // rule, tried alongside, let through questions that reuse the reports' words for something they do
            // not say; the best passage's margin over the others added nothing once passages were scored by sentence.
            : hits[0].Dense >= options.MinSimilarity);
        return new RetrievalOutcome(hits, covered, scope, coverage) { SearchedText = topicText, InScopeScore = inScopeScore, QueryVector = queryVector, Meaning = meaning, AbsentNames = absent, NumberMissing = numberMissing, DenseFailure = denseFailure };
    }

    // The question's vector; when the model cannot run here (a missing native library, say), search by meaning
    // is switched off for the process and the answer comes from words, rather than every question failing.
    // With a nationality word that may be the topic or only the scope, the mean of both texts' vectors: on the
    // multi-report and calibration sets it raised MRR by 0.02 (0.861 → 0.879, 0.853 → 0.869), dev unchanged;
    // either text alone lost on one of the three.
    private static (float[]? Vector, Exception? Failure) EmbedQuestion(PassageIndex index, ITextEmbedder? embedder, string topicText, string? bareTopicText)
    {
        if (embedder is null)
        {
            return (null, null);
        }

        try
        {
            if (bareTopicText is null)
            {
                return (embedder.Embed([topicText])[0], null);
            }

            var both = embedder.Embed([topicText, bareTopicText]);
            var mean = new float[both[0].Length];
            TensorPrimitives.Add(both[0], both[1], mean);
            var norm = TensorPrimitives.Norm(mean);
            if (norm == 0)
            {
                return (both[0], null);
            }

            TensorPrimitives.Divide(mean, norm, mean);
            return (mean, null);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            SwitchOffMeaning(index);
            return (null, ex);
        }
    }

    // No embeddings of the whole corpus: the lexical search's best passages, embedded now (or remembered from
    // an earlier question), reranked by meaning.
    private static (IReadOnlyList<ScoredPassage> Ranked, Exception? Failure) Rerank(
        PassageIndex index, OnDemandSentenceVectors onDemand, IReadOnlyList<ScoredPassage> lexical, float[] queryVector, int k, RetrievalOptions options)
    {
        try
        {
            var similarity = onDemand.Similarities(queryVector, [.. lexical.Select(h => index.Corpus.IndexOf(h.Passage.Id))]);
            return (HybridRanker.Rerank(lexical, similarity, k, (float)options.DenseWeight), null);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            SwitchOffMeaning(index);
            return ([.. lexical.Take(k)], ex);
        }
    }

    // Lexical mode's closeness evidence: the best passage's TF-IDF cosine with the part of the question the reports
    // in scope use at all. Words they never use already count against the question in the coverage rule; left
    // in the cosine too, they lowered it the more, the larger the corpus (the more rare words and word pairs it
    // knows somewhere), so one cut could not hold at every scale.
    private static double InScopeScore(PassageIndex index, IReadOnlyList<QueryTerm> terms, ReportScope scope, double score)
    {
        var length = index.Retriever.InScopeLength(terms, index.Retriever.Ranges(scope.ReportIndices));
        return length > 0 ? score / length : score;
    }

    private static void SwitchOffMeaning(PassageIndex index)
    {
        index.Dense = null;
        index.OnDemand = null;
    }

    // Both modes: what the reports in scope cannot be answering about — a name they never use ("Vladimir
    // Kozlov") or the thing a "how many" question counts when they never name it.
    private static List<string> AbsentFromScope(PassageIndex index, ReportScope scope, string topicText)
    {
        var ranges = index.Retriever.Ranges(scope.ReportIndices);
        return [.. index.Retriever.NamesAbsentFromScope(topicText, ranges).Concat(index.Retriever.CountedWordsAbsentFromScope(topicText, ranges)).Distinct()];
    }
}
