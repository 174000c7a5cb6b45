namespace RightsBot.Telegram.Benchmarks;

/// <summary>The bot under load: hosted in this process, or the real `serve` command in a process of its own.</summary>
internal interface IBotHost : IAsyncDisposable
{
    /// <summary>Where the load generator posts updates.</summary>
    Uri BaseAddress { get; }

    /// <summary>CPU the bot has used so far; in-process, that of the whole process (load generator and stand-in included).</summary>
    TimeSpan CpuTime { get; }

    /// <summary>What <see cref="CpuTime"/> counts, for the report.</summary>
    string CpuScope { get; }
}
