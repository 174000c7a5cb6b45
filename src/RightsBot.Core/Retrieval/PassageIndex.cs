using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// A loaded corpus with everything needed to answer from it: an immutable snapshot. A request keeps the snapshot
/// it started with; passage vectors that arrive later, or search by meaning switched off after a failure, make a
/// new snapshot that <see cref="PassageIndexProvider"/> swaps in for the next request.
/// </summary>
internal sealed class PassageIndex
{
    public PassageIndex(ReportCorpus corpus, LexicalPassageRetriever retriever)
        : this(corpus, retriever, new QuestionScopeResolver(corpus.Reports), null, null)
    {
    }

    private PassageIndex(ReportCorpus corpus, LexicalPassageRetriever retriever, QuestionScopeResolver scope, DenseIndex? dense, OnDemandSentenceVectors? onDemand)
    {
        Corpus = corpus;
        Retriever = retriever;
        Scope = scope;
        Dense = dense;
        OnDemand = onDemand;
    }

    public ReportCorpus Corpus { get; }

    public LexicalPassageRetriever Retriever { get; }

    public QuestionScopeResolver Scope { get; }

    /// <summary>Identifies the corpus files and index format (see <see cref="PassageIndexBuilder"/>).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>
    /// What the sentence vectors are keyed on: the corpus files and how passages are cut, not the lexical index's
    /// format, so that a change to the word index does not cost re-embedding. Defaults to <see cref="Fingerprint"/>.
    /// </summary>
    private readonly string? _vectorsFingerprint;

    public string VectorsFingerprint
    {
        get => _vectorsFingerprint ?? Fingerprint;
        init => _vectorsFingerprint = value;
    }

    /// <summary>Passage embeddings once they are ready (null in lexical mode and while they are being made).</summary>
    public DenseIndex? Dense { get; }

    /// <summary>
    /// Sentence vectors made on demand to rerank the lexical search's best passages by meaning, used while
    /// <see cref="Dense"/> is null (null in lexical mode).
    /// </summary>
    public OnDemandSentenceVectors? OnDemand { get; }

    /// <summary>True when questions are ranked by meaning as well as words (hybrid or rerank mode).</summary>
    public bool SearchesByMeaning => Dense is not null || OnDemand is not null;

    /// <summary>The same corpus and lexical index with other sentence vectors (both null: lexical mode).</summary>
    public PassageIndex WithMeaning(DenseIndex? dense, OnDemandSentenceVectors? onDemand)
        => new(Corpus, Retriever, Scope, dense, onDemand) { Fingerprint = Fingerprint, VectorsFingerprint = VectorsFingerprint };
}
