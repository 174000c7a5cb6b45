using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Comparison;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Conversation;
using RightsBot.Core.Corpus;
using RightsBot.Core.Languages;
using RightsBot.Core.Metrics;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core;

/// <summary>Registers the question-answering core.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the corpus, index, answerer and their options (sections Corpus, Retrieval, Answer, Limits, Conversation), and the answer metrics.</summary>
    public static IServiceCollection AddRightsBotCore(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RankingOptions>().BindConfiguration(RetrievalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoverageOptions>().BindConfiguration(RetrievalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnswerOptions>().BindConfiguration(AnswerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CorpusLoader>();
        services.TryAddSingleton<PassageIndexBuilder>();
        services.TryAddSingleton<DenseIndexStore>();
        services.TryAddSingleton<PassageIndexProvider>();
        services.TryAddSingleton<IAnswerSummarizer, NoSummarizer>();
        services.TryAddSingleton<IQuestionTranslator, NoQuestionTranslator>();
        services.TryAddSingleton<IStreamingAnswerSummarizer, NoSummarizer>();
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<NormaliseStage>();
        services.TryAddSingleton<TranslateStage>();
        services.TryAddSingleton<ScopeStage>();
        services.TryAddSingleton<QueryAnalysisStage>();
        services.TryAddSingleton<CandidateStage>();
        services.TryAddSingleton<RankStage>();
        services.TryAddSingleton<CoverageStage>();
        services.TryAddSingleton<LatestFirstStage>();
        services.TryAddSingleton<ComposeStage>();
        services.TryAddSingleton<SearchStages>();
        services.TryAddSingleton<AnsweringPipeline>();
        services.TryAddSingleton<ComparisonAnswerer>();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new ChatConversations(sp.GetRequiredService<PassageIndexProvider>(), sp.GetRequiredService<IOptions<ConversationOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<QuestionAnswerer>();
        services.TryAddSingleton<IQuestionAnswerer>(sp => sp.GetRequiredService<QuestionAnswerer>());
        services.TryAddSingleton<IIndexStatus, IndexStatus>();
        services.AddAnswerMetrics();
        services.TryAddSingleton<IndexMetrics>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="IAnswerMetrics"/> on the host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>: what
    /// every front end counts its questions with. The adapters add it too, so that they work over any answerer.
    /// </summary>
    public static IServiceCollection AddAnswerMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAnswerMetrics, AnswerMetrics>();
        return services;
    }
}
