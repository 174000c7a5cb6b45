using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Summarization.Endpoint;

namespace RightsBot.Summarization;

/// <summary>Wires the optional Semantic Kernel summarizer and question translator.</summary>
public static class SummarizationServiceCollectionExtensions
{
    internal const string ChatServiceKey = "RightsBot.Summarization";
    internal const string HttpClientName = "RightsBot.Summarization";

    /// <summary>
    /// Binds <see cref="SummarizationOptions"/> and, only when <c>Summarization:Enabled</c> is true, replaces the
    /// core's no-op <see cref="IAnswerSummarizer"/> and adds <see cref="IStreamingAnswerSummarizer"/> and
    /// <see cref="IQuestionTranslator"/> backed by the configured endpoint. When off it registers no client at all,
    /// so nothing leaves the process. It may be called before or after the core's registration.
    /// </summary>
    public static IServiceCollection AddSummarization(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(SummarizationOptions.SectionName);
        services.AddOptions<SummarizationOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SummarizationOptions>>(new ApiKeySourceValidator(configuration));

        if (!section.GetValue<bool>(nameof(SummarizationOptions.Enabled)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddAnswerMetrics();

        // Timeouts come from TimeoutSeconds per call; the client itself never gives up first. The pooled handler is
        // recycled by lifetime because the connector keeps one HttpClient for the life of the process.
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        services.AddKeyedSingleton<IChatCompletionService>(ChatServiceKey, (provider, _) =>
        {
            var options = provider.GetRequiredService<IOptions<SummarizationOptions>>().Value;
            var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return OpenAIChatServiceFactory.Create(options, httpClient);
        });

        services.TryAddSingleton<SemanticKernelAnswerSummarizer>();
        services.RemoveAll<IAnswerSummarizer>();
        services.AddSingleton<IAnswerSummarizer>(provider => provider.GetRequiredService<SemanticKernelAnswerSummarizer>());
        services.RemoveAll<IStreamingAnswerSummarizer>();
        services.AddSingleton<IStreamingAnswerSummarizer>(provider => provider.GetRequiredService<SemanticKernelAnswerSummarizer>());
        services.RemoveAll<IQuestionTranslator>();
        services.AddSingleton<IQuestionTranslator, SemanticKernelQuestionTranslator>();
        return services;
    }
}
