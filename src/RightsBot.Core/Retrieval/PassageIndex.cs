using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A loaded corpus with everything needed to answer from it.</summary>
internal sealed class PassageIndex(ReportCorpus corpus, LexicalPassageRetriever retriever)
{
    public ReportCorpus Corpus { get; } = corpus;

    public LexicalPassageRetriever Retriever { get; } = retriever;

    public QuestionScopeResolver Scope { get; } = new(corpus.Reports);
}
