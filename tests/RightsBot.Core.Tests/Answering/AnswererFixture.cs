using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Corpus;
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

    internal static QuestionAnswerer Create(string corpusPath, string defaultCountry = "", int maxQuestionLength = 500, IAnswerSummarizer? summarizer = null)
    {
        var corpusOptions = Options.Create(new CorpusOptions { Path = corpusPath, CachePath = string.Empty, DefaultCountry = defaultCountry });
        var builder = new PassageIndexBuilder(new CorpusLoader(NullLogger<CorpusLoader>.Instance), NullLogger<PassageIndexBuilder>.Instance);
        var retrieval = Options.Create(new RetrievalOptions());
        return new QuestionAnswerer(
            new PassageIndexProvider(builder, new DenseIndexStore(NullLogger<DenseIndexStore>.Instance), corpusOptions, retrieval),
            summarizer ?? new NoSummarizer(),
            new NoSummarizer(),
            new NoQuestionTranslator(),
            retrieval,
            Options.Create(new LimitsOptions { MaxQuestionLength = maxQuestionLength }),
            corpusOptions,
            NullLogger<QuestionAnswerer>.Instance);
    }
}
