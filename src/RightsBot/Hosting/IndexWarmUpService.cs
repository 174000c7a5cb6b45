using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Hosting;

/// <summary>Loads the index in the background at start-up so /healthz turns ready and the first answer is fast.</summary>
internal sealed partial class IndexWarmUpService(IIndexStatus status, StartupOutcome outcome, IHostApplicationLifetime lifetime, ILogger<IndexWarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await status.WarmUpAsync(stoppingToken).ConfigureAwait(false);
            LogReady(logger, result.Reports, result.Passages, result.Seconds, result.FromCache);
        }
        catch (CorpusFormatException ex)
        {
            LogCorpusError(logger, ex.Message);
            outcome.FailedForUsage();
            lifetime.StopApplication();
            return;
        }

        // Hybrid mode: answers use words alone until the passage embeddings are ready (cached after the first time).
        try
        {
            if (await status.PrepareDenseAsync(cancellationToken: stoppingToken).ConfigureAwait(false))
            {
                LogDenseReady(logger);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogDenseFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index ready: {Reports} reports, {Passages} passages in {Seconds:0.00} s (from cache: {FromCache})")]
    private static partial void LogReady(ILogger logger, int reports, int passages, double seconds, bool fromCache);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage embeddings ready: answers now use meaning as well as words")]
    private static partial void LogDenseReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passage embeddings unavailable, answering from words alone: {Error}: {Reason}")]
    private static partial void LogDenseFailed(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: corpus: {Reason}")]
    private static partial void LogCorpusError(ILogger logger, string reason);
}
