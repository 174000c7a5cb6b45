namespace RightsBot.Core.Tests.Retrieval;

/// <summary>Reports in place (<see cref="Progress{T}"/> posts to the thread pool, too late for an assertion).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
