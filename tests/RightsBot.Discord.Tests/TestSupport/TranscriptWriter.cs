using System.Text;
using System.Text.Json.Nodes;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>Renders what a Discord user would see of the bot's messages as plain text, for a test's output.</summary>
internal static class TranscriptWriter
{
    public static string Render(JsonNode message)
    {
        var text = new StringBuilder();
        if ((int?)message["flags"] is { } flags && (flags & 64) != 0)
        {
            text.AppendLine("  (only you can see this)");
        }

        if ((string?)message["content"] is { } content)
        {
            text.AppendLine("  " + content);
        }

        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            text.AppendLine($"  ## {(string?)embed!["title"]}");
            foreach (var line in ((string?)embed["description"] ?? string.Empty).Split('\n'))
            {
                text.AppendLine("  " + line);
            }

            foreach (var field in embed["fields"]?.AsArray() ?? [])
            {
                var value = ((string)field!["value"]!).Split('\n')[0];
                text.AppendLine($"  {(string)field["name"]!}: {(value.Length > 90 ? value[..90] + "…" : value)}");
            }

            text.AppendLine($"  -- {(string?)embed["footer"]?["text"]}");
        }

        foreach (var component in ResponseComponents.All(message))
        {
            text.AppendLine((int)component["type"]! == 3
                ? $"  [menu: {(string)component["placeholder"]!} ▾ {string.Join(" | ", component["options"]!.AsArray().Select(o => (string)o!["label"]!))}]"
                : $"  [button: {(string)component["label"]!}{((bool?)component["disabled"] == true ? " (disabled)" : string.Empty)}]");
        }

        return text.ToString();
    }
}
