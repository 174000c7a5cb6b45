using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Comparison;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Metrics;
using RightsBot.Core.Tests.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Answering;

/// <summary>One answerer over the shipped 16-report corpus, shared by the tests of a class (no cache on disk).</summary>
public sealed class AnswererFixture
{
    public AnswererFixture()
    {
        Answerer = Create(TestPaths.Corpus);
    }

    internal QuestionAnswerer Answerer { get; }

    internal static QuestionAnswerer Create(
        string corpusPath, string defaultCountry = "", int maxQuestionLength = 500, IAnswerSummarizer? summarizer = null,
        ITextEmbedder? embedder = null, RetrievalOptions? retrievalOptions = null, IQuestionTranslator? translator = null, IAnswerMetrics? metrics = null)
    {
        var corpusOptions = Options.Create(new CorpusOptions { Path = corpusPath, CachePath = string.Empty, DefaultCountry = defaultCountry });
        var retrieval = Options.Create(retrievalOptions ?? new RetrievalOptions());
        return Create(Provider(corpusOptions, retrieval, embedder), corpusOptions, retrieval, maxQuestionLength, summarizer, translator, metrics);
    }

    /// <summary>An answerer over an index some other part of the test uses too.</summary>
    internal static QuestionAnswerer Create(
        PassageIndexProvider provider, IOptions<CorpusOptions> corpusOptions, IOptions<RetrievalOptions> retrieval, int maxQuestionLength = 500,
        IAnswerSummarizer? summarizer = null, IQuestionTranslator? translator = null, IAnswerMetrics? metrics = null)
    {
        var pipeline = Pipeline(provider, corpusOptions, retrieval, maxQuestionLength, translator);
        var comparisons = new ComparisonAnswerer(pipeline, provider, corpusOptions, Options.Create(new LimitsOptions { MaxQuestionLength = maxQuestionLength }));
        return new QuestionAnswerer(pipeline, comparisons, provider, summarizer ?? new NoSummarizer(), new NoSummarizer(), Options.Create(new AnswerOptions()),
            metrics ?? TestMeters.Shared.Answers());
    }

    /// <summary>The index of a corpus, built in memory (no cache on disk).</summary>
    internal static PassageIndexProvider Provider(IOptions<CorpusOptions> corpus, IOptions<RetrievalOptions>? retrieval = null, ITextEmbedder? embedder = null)
        => new(
            new PassageIndexBuilder(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance),
            new DenseIndexStore(NullLogger<DenseIndexStore>.Instance), corpus, retrieval ?? Options.Create(new RetrievalOptions()), Options.Create(new RankingOptions()), TimeProvider.System,
            NullLogger<PassageIndexProvider>.Instance, embedder);

    internal static AnsweringPipeline Pipeline(
        PassageIndexProvider provider, IOptions<CorpusOptions> corpus, IOptions<RetrievalOptions> retrieval, int maxQuestionLength = 500, IQuestionTranslator? translator = null)
        => new(
            provider,
            new NormaliseStage(translator ?? new NoQuestionTranslator(), Options.Create(new LimitsOptions { MaxQuestionLength = maxQuestionLength })),
            SearchStages.Create(corpus, retrieval),
            new ComposeStage(retrieval, Options.Create(new CoverageOptions()), Options.Create(new AnswerOptions())),
            retrieval,
            Options.Create(new CoverageOptions()),
            TimeProvider.System,
            NullLogger<AnsweringPipeline>.Instance);
}
