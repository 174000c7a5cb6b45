namespace RightsBot.Commands;

/// <summary>Reports in place, on the reporting thread: <see cref="Progress{T}"/> posts to the thread pool and can report after completion.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
