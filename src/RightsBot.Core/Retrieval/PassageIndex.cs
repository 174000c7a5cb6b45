using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A loaded corpus with everything needed to answer from it.</summary>
internal sealed class PassageIndex(ReportCorpus corpus, LexicalPassageRetriever retriever)
{
    private volatile DenseIndex? _dense;
    private volatile OnDemandSentenceVectors? _onDemand;

    public ReportCorpus Corpus { get; } = corpus;

    public LexicalPassageRetriever Retriever { get; } = retriever;

    public QuestionScopeResolver Scope { get; } = new(corpus.Reports);

    /// <summary>Identifies the corpus files and index format (see <see cref="PassageIndexBuilder"/>).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>Passage embeddings once they are ready (null in lexical mode and while they are being made).</summary>
    public DenseIndex? Dense
    {
        get => _dense;
        set => _dense = value;
    }

    /// <summary>
    /// Sentence vectors made on demand to rerank the lexical search's best passages by meaning, used while
    /// <see cref="Dense"/> is null (null in lexical mode).
    /// </summary>
    public OnDemandSentenceVectors? OnDemand
    {
        get => _onDemand;
        set => _onDemand = value;
    }
}
