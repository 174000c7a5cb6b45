namespace RightsBot.Core.Retrieval;

/// <summary>The state of search by meaning, for /healthz and logs: never a question, only the model's failure.</summary>
/// <param name="State">On, off, or failed and waiting to be retried.</param>
/// <param name="Error">The failure's exception type when <see cref="MeaningState.Failed"/>, else null.</param>
/// <param name="NextRetry">When the model is tried again, when failed.</param>
public sealed record MeaningHealth(MeaningState State, string? Error = null, DateTimeOffset? NextRetry = null);
