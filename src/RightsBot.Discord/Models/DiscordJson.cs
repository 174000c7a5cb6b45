using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightsBot.Discord.Models;

/// <summary>Discord's JSON conventions: snake_case names, absent rather than null optional fields.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
