namespace RightsBot.Telegram.Polling;

/// <summary>
/// Where polling stands, as saved under Telegram:StatePath: <see cref="Next"/>, the update after the last one fetched,
/// and <see cref="Unanswered"/>, the updates below it that were fetched but not answered (still in flight, or cut
/// short by a stop). A restart asks Telegram from the lowest of these and answers, below <see cref="Next"/>, only them.
/// </summary>
internal sealed record PollingPosition(int Next, IReadOnlyList<int> Unanswered)
{
    /// <summary>The getUpdates offset: Telegram forgets every update below it, so none of those is still to answer.</summary>
    public int Offset => Unanswered.Count > 0 ? Unanswered.Min() : Next;
}
