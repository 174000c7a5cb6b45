using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

public sealed class QueryAnalysisStageTests : CorpusTests
{
    private readonly FakeTextEmbedder _embedder = new();

    [Fact]
    public void Run_LexicalSnapshot_TermsAndNoVector()
    {
        var context = Run(Index, "Were journalists harassed?");

        Assert.Contains(context.Terms, t => t.Term.StartsWith("journalist", StringComparison.Ordinal));
        Assert.Null(context.QueryVector);
        Assert.Null(context.Embedder);
        Assert.Equal(0, _embedder.Calls);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Run_HybridSnapshot_EmbedsTheQuestionUnlessAskedForWordsOnly(bool lexicalOnly, bool embedded)
    {
        var hybrid = Index.WithMeaning(DenseIndex.Build(_embedder, DenseTestCorpus.PassageTexts(Index)), null);
        var before = _embedder.Calls;

        var context = Run(hybrid, DenseTestCorpus.LandQuestion, lexicalOnly);

        Assert.Equal(embedded, context.QueryVector is not null);
        Assert.Equal(embedded, context.Dense is not null);
        Assert.Equal(embedded ? _embedder.Vector(DenseTestCorpus.LandQuestion) : null, context.QueryVector);
        Assert.Equal(embedded ? before + 1 : before, _embedder.Calls);
    }

    [Fact]
    public void Run_ModelFails_NoVectorAndTheFailureKeptForTheProvider()
    {
        var onDemand = new OnDemandSentenceVectors(new FailingEmbedder(), Index.Corpus, 10);

        var context = Run(Index.WithMeaning(null, onDemand), DenseTestCorpus.LandQuestion);

        Assert.Null(context.QueryVector);
        Assert.IsType<DllNotFoundException>(context.MeaningFailure);
        onDemand.Dispose();
    }

    private static QuestionContext Run(PassageIndex index, string question, bool lexicalOnly = false)
    {
        var context = new QuestionContext(new AnswerRequest(new Question(question), null, lexicalOnly), index, 3) { TopicText = question };
        new QueryAnalysisStage().Run(context);
        return context;
    }

    private sealed class FailingEmbedder : ITextEmbedder
    {
        public string ModelId => "broken";

        public int Dimensions => 8;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => throw new DllNotFoundException("onnxruntime");
    }
}
