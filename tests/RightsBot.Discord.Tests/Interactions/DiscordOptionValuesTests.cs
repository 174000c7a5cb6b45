using System.Text.Json;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordOptionValuesTests
{
    private static List<DiscordInteractionOption> Options(string json)
        => JsonSerializer.Deserialize<List<DiscordInteractionOption>>(json, DiscordJson.Options)!;

    [Theory]
    [InlineData("""[{"name":"question","type":3,"value":"  torture?  "}]""", "torture?")]
    [InlineData("""[{"name":"question","type":3,"value":"   "}]""", null)]
    [InlineData("""[{"name":"question","type":3,"value":42}]""", null)]
    [InlineData("""[{"name":"other","type":3,"value":"x"}]""", null)]
    [InlineData("""[]""", null)]
    public void GetString_Option_TrimmedTextOrNull(string json, string? expected)
    {
        Assert.Equal(expected, DiscordOptionValues.GetString(Options(json), "question"));
    }

    [Theory]
    [InlineData("""[{"name":"year","type":4,"value":2016}]""", 2016)]
    [InlineData("""[{"name":"year","type":4,"value":"2016"}]""", null)]
    [InlineData("""[{"name":"year","type":4,"value":20160000000}]""", null)]
    [InlineData("""[{"name":"year","type":4,"value":2016.5}]""", null)]
    public void GetInt_Option_IntegerOrNull(string json, int? expected)
    {
        Assert.Equal(expected, DiscordOptionValues.GetInt(Options(json), "year"));
    }

    [Theory]
    [InlineData("""[{"name":"private","type":5,"value":true}]""", true)]
    [InlineData("""[{"name":"private","type":5,"value":false}]""", false)]
    [InlineData("""[{"name":"private","type":5,"value":"true"}]""", null)]
    public void GetBool_Option_BooleanOrNull(string json, bool? expected)
    {
        Assert.Equal(expected, DiscordOptionValues.GetBool(Options(json), "private"));
    }

    [Fact]
    public void Focused_AutocompletePayload_ReturnsTheOptionBeingTyped()
    {
        var options = Options("""[{"name":"question","type":3,"value":"t"},{"name":"country","type":3,"value":"ka","focused":true}]""");

        Assert.Equal("country", DiscordOptionValues.Focused(options)?.Name);
    }
}
