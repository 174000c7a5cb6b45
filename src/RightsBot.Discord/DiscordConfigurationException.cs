namespace RightsBot.Discord;

/// <summary>A missing or wrong Discord setting; the message says which key and how to fix it (the CLI exits with 2).</summary>
public sealed class DiscordConfigurationException : Exception
{
    public DiscordConfigurationException()
    {
    }

    public DiscordConfigurationException(string message)
        : base(message)
    {
    }

    public DiscordConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
