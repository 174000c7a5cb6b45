namespace RightsBot.Core.Metrics;

/// <summary>The one meter of RightsBot's own instruments, and the label names they share.</summary>
public static class RightsBotMeter
{
    /// <summary>The meter's name, which an exporter subscribes to.</summary>
    public const string Name = "RightsBot";

    /// <summary>The label naming the chat channel (console, telegram, discord).</summary>
    public const string ChannelLabel = "channel";

    /// <summary>The label value of a channel: a closed set, never an id.</summary>
    public static string LabelOf(ChatChannel channel) => channel switch
    {
        ChatChannel.Console => "console",
        ChatChannel.Telegram => "telegram",
        ChatChannel.Discord => "discord",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}
