using Telegram.Bot.Types;

namespace RightsBot.Telegram.Startup;

/// <summary>Who the bot is (from getMe), available once start-up has reached the Bot API.</summary>
internal sealed class BotIdentity
{
    private readonly TaskCompletionSource<User> _me = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _me.Task.IsCompletedSuccessfully;

    public void SetReady(User me) => _me.TrySetResult(me);

    public Task<User> WaitAsync(CancellationToken cancellationToken = default) => _me.Task.WaitAsync(cancellationToken);
}
