using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatFinishReason = OpenAI.Chat.ChatFinishReason;
using RightsBot.Core.Answering;
using RightsBot.Core.Metrics;
using RightsBot.Summarization.Checking;
using RightsBot.Summarization.Endpoint;
using RightsBot.Summarization.Prompts;

namespace RightsBot.Summarization;

/// <summary>
/// Summarizes the top passages through Semantic Kernel's OpenAI chat connector. Every fault, timeout or unchecked
/// reply ends in null (or a Failed update) and one log line, so the caller sends the extractive answer. Each summary
/// tried is counted once, here, as used or as a fallback with its kind (<see cref="SummaryOutcome"/>).
/// </summary>
internal sealed class SemanticKernelAnswerSummarizer(
    [FromKeyedServices(SummarizationServiceCollectionExtensions.ChatServiceKey)] IChatCompletionService chat,
    IOptions<SummarizationOptions> options,
    TimeProvider timeProvider,
    IAnswerMetrics metrics,
    ILogger<SemanticKernelAnswerSummarizer> logger) : IAnswerSummarizer, IStreamingAnswerSummarizer
{
    // No temperature or token limit is set: reasoning models reject both, and the length is asked for in the prompt
    // and enforced by the validator.
    private static readonly OpenAIPromptExecutionSettings Settings = new();

    private readonly SummarizationOptions _options = options.Value;

    public bool IsEnabled => _options.Enabled;

    public async Task<string?> SummarizeAsync(Question question, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var passages = Top(sources);
        if (passages.Count == 0)
        {
            return null;
        }

        using var deadline = NewDeadline(cancellationToken);
        ChatMessageContent reply;
        try
        {
            reply = await chat.GetChatMessageContentAsync(GroundedSummaryPrompt.Build(question, passages), Settings, kernel: null, deadline.Token)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the endpoint does, the user still gets the extractive answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SummarizationLog.SummaryFellBack(logger, EndpointFailure.Describe(exception, deadline));
            Count(deadline, EndpointFallback(deadline));
            return null;
        }

        var verdict = IsCutShort(reply)
            ? SummaryVerdict.Reject("reply cut at the length limit")
            : CitedSummaryValidator.Validate(reply.Content, passages.Count);
        if (!verdict.Accepted)
        {
            SummarizationLog.SummaryFellBack(logger, verdict.Rejection!);
        }

        Count(deadline, verdict.Accepted ? SummaryOutcome.Used : SummaryOutcome.FallbackCheck);
        return verdict.Summary;
    }

    public async IAsyncEnumerable<SummaryUpdate> StreamSummaryAsync(
        Question question,
        IReadOnlyList<AnswerSource> sources,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var passages = Top(sources);
        if (passages.Count == 0)
        {
            yield return new SummaryUpdate(SummaryUpdateKind.Failed, string.Empty);
            yield break;
        }

        using var deadline = NewDeadline(cancellationToken);
        var text = new StringBuilder();
        ChatFinishReason? finish = null;
        string? failure = null;

        // A reply that fails the checks falls back as such, unless the endpoint failed first.
        var fallback = SummaryOutcome.FallbackCheck;
        var stream = chat.GetStreamingChatMessageContentsAsync(GroundedSummaryPrompt.Build(question, passages), Settings, kernel: null, deadline.Token)
            .GetAsyncEnumerator(deadline.Token);
        try
        {
            while (true)
            {
                StreamingChatMessageContent chunk;
                try
                {
                    if (!await stream.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    chunk = stream.Current;
                }
#pragma warning disable CA1031 // A dropped stream or a failing endpoint ends in the extractive answer, not an exception.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = EndpointFailure.Describe(exception, deadline);
                    fallback = EndpointFallback(deadline);
                    break;
                }

                if (chunk is OpenAIStreamingChatMessageContent { FinishReason: { } reason })
                {
                    finish = reason;
                }

                if (!string.IsNullOrEmpty(chunk.Content))
                {
                    text.Append(chunk.Content);
                    yield return new SummaryUpdate(SummaryUpdateKind.Partial, text.ToString(), chunk.Content);
                }
            }
        }
        finally
        {
            await DisposeQuietlyAsync(stream).ConfigureAwait(false);
        }

        if (failure is null && finish is null)
        {
            // The endpoint closed the stream without finishing the reply: a fault of the endpoint, not of the reply.
            failure = "stream ended before the reply finished";
            fallback = SummaryOutcome.FallbackError;
        }

        failure ??= finish switch
        {
            ChatFinishReason.Stop => null,
            ChatFinishReason.Length => "reply cut at the length limit",
            _ => $"reply ended with {finish}",
        };
        var verdict = failure is null ? CitedSummaryValidator.Validate(text.ToString(), passages.Count) : SummaryVerdict.Reject(failure);
        if (!verdict.Accepted)
        {
            SummarizationLog.SummaryFellBack(logger, verdict.Rejection!);
            Count(deadline, fallback);
            yield return new SummaryUpdate(SummaryUpdateKind.Failed, string.Empty);
            yield break;
        }

        Count(deadline, SummaryOutcome.Used);
        yield return new SummaryUpdate(SummaryUpdateKind.Completed, verdict.Summary!);
    }

    private List<AnswerSource> Top(IReadOnlyList<AnswerSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Take(_options.MaxPassages).ToList();
    }

    private CallDeadline NewDeadline(CancellationToken cancellationToken)
        => new(TimeSpan.FromSeconds(_options.TimeoutSeconds), timeProvider, cancellationToken);

    private static SummaryOutcome EndpointFallback(CallDeadline deadline)
        => deadline.TimedOut ? SummaryOutcome.FallbackTimeout : SummaryOutcome.FallbackError;

    // A call whose caller gave up (the answer was cancelled, the host is stopping) sends nothing: not counted.
    private void Count(CallDeadline deadline, SummaryOutcome outcome)
    {
        if (deadline.TimedOut || !deadline.CallerToken.IsCancellationRequested)
        {
            metrics.CountSummary(outcome);
        }
    }

    private static bool IsCutShort(ChatMessageContent reply)
        => reply.Metadata is { } metadata
           && metadata.TryGetValue("FinishReason", out var reason)
           && string.Equals(reason?.ToString(), "length", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<StreamingChatMessageContent> stream)
    {
        try
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Closing a broken stream must not turn a fallback into a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
