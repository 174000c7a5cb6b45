using System.ComponentModel.DataAnnotations;

namespace RightsBot.Hosting;

/// <summary>The <c>Host</c> section: how long <c>serve</c> gives the answers in flight once it is told to stop.</summary>
internal sealed class ShutdownOptions
{
    public const string SectionName = "Host";

    /// <summary>
    /// Seconds from SIGTERM (or Ctrl+C) until answers still running are abandoned and the process exits: the generic
    /// host's ShutdownTimeout. Keep it below what the service manager waits before it kills (systemd: TimeoutStopSec, 90 s).
    /// </summary>
    [Range(1, 300, ErrorMessage = "Host:ShutdownSeconds must be a whole number of seconds from 1 to 300")]
    public int ShutdownSeconds { get; set; } = 20;
}
