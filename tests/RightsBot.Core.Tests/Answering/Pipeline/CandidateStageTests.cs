using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

public sealed class CandidateStageTests : CorpusTests
{
    private readonly FakeTextEmbedder _embedder = new();

    [Fact]
    public void Run_Lexical_TheBestByWordsUpToTheRankDepth()
    {
        var context = Run(Index, "Were protesters detained by the police in the capital?", depth: 1);

        Assert.InRange(context.LexicalRanked.Count, 1, context.RankDepth);
        Assert.Contains("police detained protesters", context.LexicalRanked[0].Passage.Text, StringComparison.Ordinal);
        Assert.Empty(context.LexicalCandidates);
    }

    [Fact]
    public void Run_Rerank_TakesRerankDepthCandidatesByWords()
    {
        var onDemand = new OnDemandSentenceVectors(_embedder, Index.Corpus, 10);
        var index = Index.WithMeaning(null, onDemand);

        var shallow = Run(index, "Were the capital's detainees and protesters or prisoners harassed?", depth: 1, rerankDepth: 1);
        var deep = Run(index, "Were the capital's detainees and protesters or prisoners harassed?", depth: 1, rerankDepth: 20);

        Assert.Equal(shallow.RankDepth, shallow.LexicalRanked.Count);
        Assert.True(deep.LexicalRanked.Count > shallow.LexicalRanked.Count);
        onDemand.Dispose();
    }

    [Fact]
    public void Run_Hybrid_EveryPassageInScopeSharingATerm()
    {
        var index = Index.WithMeaning(DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index)), null);
        var otherland = DenseTestCorpus.ReportIndex(index, "Otherland");

        var context = Run(index, "Were the police in the capital harassed?", depth: 1, reportIndices: [otherland]);

        Assert.Equal([index.Corpus.ReportRanges[otherland]], context.HybridRanges);
        Assert.NotEmpty(context.LexicalCandidates);
        Assert.All(context.LexicalCandidates, c => Assert.Equal("Otherland", index.Corpus.Reports[index.Corpus.Passages[c.Passage].ReportIndex].Country));
        Assert.Empty(context.LexicalRanked);
    }

    private static QuestionContext Run(PassageIndex index, string question, int depth, int rerankDepth = 20, IReadOnlyList<int>? reportIndices = null)
    {
        var context = new QuestionContext(new AnswerRequest(new Question(question)), index, depth)
        {
            TopicText = question,
            Scope = new ReportScope(reportIndices, null, null),
        };
        new QueryAnalysisStage().Run(context);
        new CandidateStage(Options.Create(new RetrievalOptions { RerankDepth = rerankDepth })).Run(context);
        return context;
    }
}
