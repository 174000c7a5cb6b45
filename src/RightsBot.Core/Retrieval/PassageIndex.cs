using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A loaded corpus with everything needed to answer from it.</summary>
internal sealed class PassageIndex(ReportCorpus corpus, TfidfPassageRetriever retriever)
{
    public ReportCorpus Corpus { get; } = corpus;

    public TfidfPassageRetriever Retriever { get; } = retriever;

    public QuestionScopeResolver Scope { get; } = new(corpus.Reports);
}
