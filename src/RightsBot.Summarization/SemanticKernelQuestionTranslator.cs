using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using RightsBot.Core.Answering;
using RightsBot.Summarization.Endpoint;
using RightsBot.Summarization.Prompts;

namespace RightsBot.Summarization;

/// <summary>
/// Translates a question that does not look English into English through the same chat endpoint, so retrieval
/// can match the English reports. English questions never leave the process for this.
/// </summary>
internal sealed class SemanticKernelQuestionTranslator(
    [FromKeyedServices(SummarizationServiceCollectionExtensions.ChatServiceKey)] IChatCompletionService chat,
    IOptions<SummarizationOptions> options,
    TimeProvider timeProvider,
    ILogger<SemanticKernelQuestionTranslator> logger) : IQuestionTranslator
{
    private static readonly OpenAIPromptExecutionSettings Settings = new();

    private readonly SummarizationOptions _options = options.Value;

    public bool IsEnabled => _options.Enabled;

    public async Task<string?> TranslateToEnglishAsync(string questionText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questionText);
        if (string.IsNullOrWhiteSpace(questionText) || QuestionLanguage.LooksEnglish(questionText))
        {
            return null;
        }

        using var deadline = new CallDeadline(TimeSpan.FromSeconds(_options.TimeoutSeconds), timeProvider, cancellationToken);
        string? reply;
        try
        {
            var message = await chat.GetChatMessageContentAsync(TranslationPrompt.Build(questionText), Settings, kernel: null, deadline.Token)
                .ConfigureAwait(false);
            reply = message.Content;
        }
#pragma warning disable CA1031 // Without a translation the original text is still searched.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SummarizationLog.TranslationFellBack(logger, EndpointFailure.Describe(exception, deadline));
            return null;
        }

        var translation = Clean(reply);
        // An empty or rambling reply is no search query; a translation rarely runs past four times the original.
        if (translation.Length == 0 || translation.Length > Math.Max(200, questionText.Length * 4))
        {
            SummarizationLog.TranslationFellBack(logger, translation.Length == 0 ? "empty reply" : "reply too long");
            return null;
        }

        return translation;
    }

    private static string Clean(string? reply)
    {
        var line = (reply ?? string.Empty).Trim().Split('\n', 2)[0].Trim();
        return line.Trim('"', '\'', '“', '”', '«', '»').Trim();
    }
}
