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
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";

    /// <summary>Every permission bit (Administrator among them), as a server owner has.</summary>
    public const string AllPermissions = "2147483647";

    /// <summary>View Channel, Send Messages, Read Message History, Use Application Commands: an ordinary member.</summary>
    public const string MemberPermissions = "2147552256";

    public static string Ping() => Envelope(1, null, userId: null).ToJsonString();

    /// <summary>A chat-input command; options are (name, type, value) with value a JSON-able object.</summary>
    public static string Command(string name, params (string Name, int Type, object Value)[] options)
        => Command(name, UserId, options);

    public static string Command(string name, string userId, params (string Name, int Type, object Value)[] options)
        => Command(name, userId, AllPermissions, inServer: true, options);

    /// <summary>A command from a member with these permissions, in a server or (<paramref name="inServer"/> false) a DM.</summary>
    public static string Command(string name, string userId, string permissions, bool inServer, params (string Name, int Type, object Value)[] options)
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

        return Envelope(2, data, userId, permissions, inServer).ToJsonString();
    }

    public static string Ask(string question, string? country = null, int? year = null, bool? isPrivate = null, string userId = UserId)
        => Command("ask", userId, Given(("question", 3, question), ("country", 3, country), ("year", 4, year), ("private", 5, isPrivate)));

    public static string Compare(string question, string? country = null, int? from = null, int? to = null, string userId = UserId)
        => Command("compare", userId, Given(("question", 3, question), ("country", 3, country), ("from", 4, from), ("to", 4, to)));

    /// <summary><c>/settings</c> from a member with <paramref name="permissions"/>, in the test server unless <paramref name="inServer"/> is false.</summary>
    public static string Settings(string? country = null, bool? clear = null, string permissions = AllPermissions, bool inServer = true)
        => Command("settings", UserId, permissions, inServer, Given(("country", 3, country), ("clear", 5, clear)));

    public static string Button(string customId)
        => Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, UserId).ToJsonString();

    /// <summary>A string select menu's choice, as Discord sends it: <c>data.values</c> with the chosen option values.</summary>
    public static string Select(string customId, params string[] values)
        => Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 3, ["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) }, UserId).ToJsonString();

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

    /// <summary>The payload as sent from a Discord client in <paramref name="locale"/> ("ru"; null: none given).</summary>
    public static string WithLocale(string payload, string? locale)
    {
        var interaction = JsonNode.Parse(payload)!;
        interaction["locale"] = locale;
        return interaction.ToJsonString();
    }

    public static string OfType(int type) => Envelope(type, new JsonObject { ["custom_id"] = "modal", ["components"] = new JsonArray() }, UserId).ToJsonString();

    // The options the user filled in: a null value is an option left out, as Discord leaves it out.
    private static (string Name, int Type, object Value)[] Given(params (string Name, int Type, object? Value)[] options)
        => [.. options.Where(o => o.Value is not null).Select(o => (o.Name, o.Type, o.Value!))];

    private static JsonValue ToNode(object value) => value switch
    {
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        _ => throw new ArgumentException("Unsupported option value type.", nameof(value)),
    };

    private static JsonObject Envelope(int type, JsonObject? data, string? userId, string permissions = AllPermissions, bool inServer = true)
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

        var user = new JsonObject
        {
            ["id"] = userId,
            ["username"] = "moderator",
            ["discriminator"] = "0",
            ["global_name"] = "Moderator",
            ["avatar"] = null,
        };
        if (userId is not null && inServer)
        {
            envelope["guild_id"] = GuildId;
            envelope["channel_id"] = ChannelId;
            envelope["guild_locale"] = "en-US";
            envelope["member"] = new JsonObject
            {
                ["user"] = user,
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions,
                ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
                ["nick"] = null,
            };
        }
        else if (userId is not null)
        {
            // A DM: the user at the top level, no guild and no member (as Discord sends it).
            envelope["channel_id"] = ChannelId;
            envelope["user"] = user;
            envelope["context"] = 1;
        }

        return envelope;
    }
}
