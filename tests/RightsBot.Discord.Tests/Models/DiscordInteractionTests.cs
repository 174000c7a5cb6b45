using System.Text.Json;
using RightsBot.Discord.Models;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Models;

public sealed class DiscordInteractionTests
{
    [Fact]
    public void Deserialize_GuildCommandPayload_ReadsTypeTokenUserAndOptions()
    {
        var interaction = JsonSerializer.Deserialize<DiscordInteraction>(
            InteractionPayloads.Ask("torture?", "Kazakhstan", 2016, isPrivate: true), DiscordJson.Options)!;

        Assert.Equal(DiscordInteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal(DiscordTestHost.ApplicationId, interaction.ApplicationId);
        Assert.Equal(InteractionPayloads.InteractionToken, interaction.Token);
        Assert.Equal(InteractionPayloads.UserId, interaction.UserId);
        Assert.Equal("ask", interaction.Data!.Name);
        Assert.Equal(["question", "country", "year", "private"], interaction.Data.Options!.Select(o => o.Name));
    }

    [Fact]
    public void Deserialize_DirectMessagePayload_TakesUserIdFromUser()
    {
        var interaction = JsonSerializer.Deserialize<DiscordInteraction>(
            """{"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"42"},"data":{"name":"help","type":1}}""", DiscordJson.Options)!;

        Assert.Equal("42", interaction.UserId);
    }

    [Fact]
    public void ToString_Interaction_NeverShowsTokenUserOrQuestion()
    {
        var interaction = JsonSerializer.Deserialize<DiscordInteraction>(InteractionPayloads.Ask("secret question"), DiscordJson.Options)!;

        var text = interaction.ToString();

        Assert.Contains("Type = 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(InteractionPayloads.InteractionToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(InteractionPayloads.UserId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret question", text, StringComparison.Ordinal);
    }
}
