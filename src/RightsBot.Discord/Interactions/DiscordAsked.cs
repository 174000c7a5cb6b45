using RightsBot.Core.Answering;

namespace RightsBot.Discord.Interactions;

/// <summary>
/// A question on its way to the core from Discord: the core's <see cref="Question"/>, the title its answer is shown
/// under, whether only the asker sees it, and the command it came from (a fixed word, for logs).
/// </summary>
internal sealed record DiscordAsked(Question Question, string Title, bool Ephemeral, string Command)
{
    /// <summary>Only the command and the flag: the generated record text would print the question.</summary>
    public override string ToString() => $"DiscordAsked {{ Command = {Command}, Ephemeral = {Ephemeral} }}";
}
