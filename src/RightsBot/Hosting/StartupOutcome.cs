namespace RightsBot.Hosting;

/// <summary>
/// How <c>serve</c> ended, when a background start-up step stopped it: the index warm-up stops the host on a
/// corpus error, and <c>serve</c> then exits with <see cref="ExitCode"/> instead of success.
/// </summary>
internal sealed class StartupOutcome
{
    private volatile int _exitCode;

    /// <summary>0 unless a start-up step failed for a reason the user must fix (then 2, bad usage or configuration).</summary>
    public int ExitCode => _exitCode;

    /// <summary>Records that start-up failed for a reason the user must fix.</summary>
    public void FailedForUsage() => _exitCode = Commands.CliApp.Usage;
}
