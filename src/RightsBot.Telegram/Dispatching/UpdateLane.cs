using Telegram.Bot.Types;

namespace RightsBot.Telegram.Dispatching;

/// <summary>
/// The updates of one chat waiting in <see cref="UpdateDispatcher"/>, oldest first. A lane exists while it holds
/// an update or one of its updates is being handled, and is then in the dispatcher's line of ready lanes or held
/// by exactly one worker: that is what keeps one chat's updates in order.
/// </summary>
internal sealed class UpdateLane(long key)
{
    public long Key { get; } = key;

    /// <summary>Each update with what to call once it has been handled (polling's offset bookkeeping), if anything.</summary>
    public Queue<(Update Update, Action<Update>? Handled)> Waiting { get; } = new();
}
