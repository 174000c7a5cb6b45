using System.Globalization;

namespace RightsBot.Telegram.Benchmarks;

/// <summary>This process's garbage collections and allocations; in-process, they are mostly the bot's.</summary>
internal readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, long AllocatedBytes, TimeSpan Paused)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());

    public static GcCounts operator -(GcCounts a, GcCounts b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.AllocatedBytes - b.AllocatedBytes, a.Paused - b.Paused);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"GC gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, paused {Paused.TotalMilliseconds:0} ms, allocated {AllocatedBytes / 1048576.0:0} MiB");
}
