using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace RightsBot.Summarization.Endpoint;

/// <summary>
/// Creates Semantic Kernel's OpenAI chat service for any OpenAI-compatible endpoint. It builds the
/// <see cref="OpenAIClient"/> itself (rather than the connector's experimental custom-endpoint constructor) to pin
/// the behaviour RightsBot relies on: no retries and no client-side timeout, because a slow or failing endpoint
/// must fall back to the extractive answer within TimeoutSeconds.
/// </summary>
internal static class OpenAIChatServiceFactory
{
    // Local servers (Ollama, llama.cpp) need no key, but the OpenAI client insists on a credential.
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(SummarizationOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var key = string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);

        // No logger factory: the connector traces chat history at Trace level, and question text must not reach logs.
        return new OpenAIChatCompletionService(options.ModelId, client, NullLoggerFactory.Instance);
    }
}
