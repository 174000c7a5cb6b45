using System.Text.Json.Nodes;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>
/// Interaction payloads shaped as in Discord's "Receiving and Responding" documentation (interaction object with
/// member.user in a guild, data.options for slash commands, data.custom_id for components, focused for autocomplete),
/// including fields the bot ignores, so that tolerance of unknown fields is tested too.
/// </summary>
internal static class InteractionPayloads
{
    public const string InteractionToken = "interaction-token-SECRET-aW50ZXJhY3Rpb24";
    public const string UserId = "80351110224678912";

    public static string Ping() => Envelope(1, null, userId: null).ToJsonString();

    /// <summary>A chat-input command; options are (name, type, value) with value a JSON-able object.</summary>
    public static string Command(string name, params (string Name, int Type, object Value)[] options)
        => Command(name, UserId, options);

    public static string Command(string name, string userId, params (string Name, int Type, object Value)[] options)
    {
        var data = new JsonObject
        {
            ["id"] = "1103355456789012345",
            ["name"] = name,
            ["type"] = 1,
        };
        if (options.Length > 0)
        {
            data["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
            {
                ["name"] = o.Name,
                ["type"] = o.Type,
                ["value"] = ToNode(o.Value),
            }).ToArray());
        }

        return Envelope(2, data, userId).ToJsonString();
    }

    public static string Ask(string question, string? country = null, int? year = null, bool? isPrivate = null, string userId = UserId)
    {
        var options = new List<(string, int, object)> { ("question", 3, question) };
        if (country is not null)
        {
            options.Add(("country", 3, country));
        }

        if (year is not null)
        {
            options.Add(("year", 4, year.Value));
        }

        if (isPrivate is not null)
        {
            options.Add(("private", 5, isPrivate.Value));
        }

        return Command("ask", userId, [.. options]);
    }

    public static string Button(string customId)
        => Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, UserId).ToJsonString();

    public static string AutocompleteCountry(string typed)
    {
        var data = new JsonObject
        {
            ["id"] = "1103355456789012345",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(
                new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "torture" },
                new JsonObject { ["name"] = "country", ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        };
        return Envelope(4, data, UserId).ToJsonString();
    }

    public static string OfType(int type) => Envelope(type, new JsonObject { ["custom_id"] = "modal", ["components"] = new JsonArray() }, UserId).ToJsonString();

    private static JsonValue ToNode(object value) => value switch
    {
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException("Unsupported option value type.", nameof(value)),
    };

    private static JsonObject Envelope(int type, JsonObject? data, string? userId)
    {
        var envelope = new JsonObject
        {
            ["id"] = "1189012345678901234",
            ["application_id"] = DiscordTestHost.ApplicationId,
            ["type"] = type,
            ["token"] = InteractionToken,
            ["version"] = 1,
            ["app_permissions"] = "442368",
            ["locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = "290926798626357999" },
            ["context"] = 0,
        };
        if (data is not null)
        {
            envelope["data"] = data;
        }

        if (userId is not null)
        {
            envelope["guild_id"] = "290926798626357999";
            envelope["channel_id"] = "645027906669510667";
            envelope["guild_locale"] = "en-US";
            envelope["member"] = new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = userId,
                    ["username"] = "moderator",
                    ["discriminator"] = "0",
                    ["global_name"] = "Moderator",
                    ["avatar"] = null,
                },
                ["roles"] = new JsonArray(),
                ["permissions"] = "2147483647",
                ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
                ["nick"] = null,
            };
        }

        return envelope;
    }
}
