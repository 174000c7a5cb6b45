using System.Text.Json.Nodes;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>Finds the components of an interaction response (or of a message body) by kind.</summary>
internal static class ResponseComponents
{
    /// <summary>Every component of every action row of a message (<c>data</c> of a response, or a PATCH body).</summary>
    public static IReadOnlyList<JsonNode> All(JsonNode message)
        => message["components"]?.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(c => c!).ToList() ?? [];

    /// <summary>The "Other years of this report" select menu, or null.</summary>
    public static JsonNode? YearMenu(JsonNode message) => All(message).SingleOrDefault(c => (int)c["type"]! == 3);

    /// <summary>The years the menu offers, in its order.</summary>
    public static IReadOnlyList<string> YearOptions(JsonNode message)
        => YearMenu(message)?["options"]!.AsArray().Select(o => (string)o!["value"]!).ToList() ?? [];

    /// <summary>The "Latest report" button.</summary>
    public static JsonNode LatestButton(JsonNode message) => All(message).Single(c => (string?)c["label"] == "Latest report");

    /// <summary>The report names of an answer's sources ("Kazakhstan 2023"), from its fields "[n] Kazakhstan 2023".</summary>
    public static IReadOnlyList<string> SourceReports(JsonNode message)
        => message["embeds"]![0]!["fields"]?.AsArray().Select(f => ((string)f!["name"]!)[(((string)f["name"]!).IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList() ?? [];
}
