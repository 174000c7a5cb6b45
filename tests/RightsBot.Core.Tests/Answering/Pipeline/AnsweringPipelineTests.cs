using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Tests.Retrieval;

namespace RightsBot.Core.Tests.Answering.Pipeline;

public sealed class AnsweringPipelineTests : CorpusTests
{
    public AnsweringPipelineTests()
        : base(DenseTestCorpus.CapitalReport)
    {
    }

    [Fact]
    public async Task RunAsync_BadInput_RejectedWithoutLoadingTheIndex()
    {
        using var provider = Provider(Path.Combine(FolderPath, "no-such-corpus"));

        var result = await Pipeline(provider).RunAsync(new AnswerRequest(new Question("   ")));

        Assert.Equal(AnswerStatus.Rejected, result.Answer.Status);
        Assert.Null(result.Outcome);
        Assert.False(provider.IsReady);
    }

    [Fact]
    public async Task RunAsync_EvalDepth_RanksThatDeepWhileTheAnswerKeepsTopK()
    {
        using var provider = Provider(CorpusPath);

        var result = await Pipeline(provider).RunAsync(new AnswerRequest(new Question("Did the police detain protesters in the capital?"), Depth: 10));

        Assert.Equal(AnswerStatus.Answered, result.Answer.Status);
        Assert.True(result.Outcome!.Hits.Count > 3, $"{result.Outcome.Hits.Count} ranked");
        Assert.InRange(result.Answer.Sources.Count, 1, 3);
        Assert.Equal(result.Outcome.Hits[0].Passage.Id, result.Answer.Sources[0].PassageId);
    }

    [Fact]
    public async Task RunAsync_ModelFailsMidQuestion_AnswersFromWordsAndTheProviderKnows()
    {
        var embedder = new BreakableEmbedder(new FakeTextEmbedder());
        using var provider = Provider(CorpusPath, embedder);
        Assert.NotNull(await provider.EnsureDenseAsync());
        embedder.Broken = true;

        var result = await Pipeline(provider).RunAsync(new AnswerRequest(new Question("Did the police detain protesters in the capital?")));

        Assert.Equal(AnswerStatus.Answered, result.Answer.Status);
        Assert.Null(result.Outcome!.Meaning);
        Assert.Equal(MeaningState.Failed, provider.Meaning.State);
        Assert.False((await provider.GetAsync()).SearchesByMeaning);
    }

    private static PassageIndexProvider Provider(string corpus, ITextEmbedder? embedder = null)
        => new(
            DenseTestCorpus.NewBuilder(), new DenseIndexStore(NullLogger<DenseIndexStore>.Instance),
            Options.Create(new CorpusOptions { Path = corpus, CachePath = string.Empty }), Options.Create(new RetrievalOptions { Dense = DenseMode.On }),
            Options.Create(new RankingOptions()), TimeProvider.System, NullLogger<PassageIndexProvider>.Instance, embedder);

    private static AnsweringPipeline Pipeline(PassageIndexProvider provider)
        => AnswererFixture.Pipeline(provider, Options.Create(new CorpusOptions { Path = "corpus" }), Options.Create(new RetrievalOptions()));
}
