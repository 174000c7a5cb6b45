namespace RightsBot.Core.Conversation;

/// <summary>A chat message read against the question before it.</summary>
/// <param name="Kind">New question, scope change or "more".</param>
/// <param name="Country">For a scope change: the country it names (a report title, or a country the corpus lacks), else null.</param>
/// <param name="Years">For a scope change: the years it names (two or more compare them), else empty.</param>
/// <param name="Latest">For a scope change: it asks for the newest report ("in the latest report?").</param>
public sealed record FollowUp(FollowUpKind Kind, string? Country = null, IReadOnlyList<int>? Years = null, bool Latest = false)
{
    /// <summary>A message that is a question of its own.</summary>
    public static FollowUp New { get; } = new(FollowUpKind.NewQuestion);
}
