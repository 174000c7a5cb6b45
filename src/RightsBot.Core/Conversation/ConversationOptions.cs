using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Conversation;

/// <summary>The <c>Conversation</c> section: how long a chat's last question is kept for follow-ups (in memory only).</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Minutes a chat's last question and scope are kept after its answer; then they are forgotten.</summary>
    [Range(1, 1440)]
    public int MinutesToKeep { get; set; } = 15;
}
