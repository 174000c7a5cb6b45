using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Discord.Commands;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Commands;

public sealed class DiscordCommandRegistrarTests : IAsyncLifetime, IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private DiscordRestStandIn _discord = null!;

    public async Task InitializeAsync() => _discord = await DiscordRestStandIn.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task RegisterAsync_ValidConfiguration_PutsCommandsWithBotAuthorization()
    {
        using var host = BuildCliHost();

        var registered = await host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var put = Assert.Single(_discord.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal($"/api/v10/applications/{DiscordTestHost.ApplicationId}/commands", put.Path);
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", put.Authorization);
        var body = JsonNode.Parse(put.Body)!.AsArray();
        Assert.Equal(["ask", "compare", "settings", "sources", "help"], body.Select(c => (string)c!["name"]!));
        Assert.All(body, c => Assert.Equal(1, (int)c!["type"]!));
        var ask = body[0]!["options"]!.AsArray();
        Assert.Equal(["question", "country", "year", "private"], ask.Select(o => (string)o!["name"]!));
        Assert.Equal([3, 3, 4, 5], ask.Select(o => (int)o!["type"]!));
        Assert.True((bool)ask[0]!["required"]!);
        Assert.Equal(500, (int)ask[0]!["max_length"]!);
        Assert.True((bool)ask[1]!["autocomplete"]!);
        var compare = body[1]!["options"]!.AsArray();
        Assert.Equal(["question", "country", "from", "to", "private"], compare.Select(o => (string)o!["name"]!));
        Assert.Equal([3, 3, 4, 4, 5], compare.Select(o => (int)o!["type"]!));
        Assert.All(compare.Skip(2).Take(2), o => Assert.Equal((1999, 2100), ((int)o!["min_value"]!, (int)o["max_value"]!)));
        var settings = body[2]!["options"]!.AsArray();
        Assert.Equal(["country", "clear"], settings.Select(o => (string)o!["name"]!));
        Assert.All(settings, o => Assert.Null(o!["required"]));
        Assert.True((bool)settings[0]!["autocomplete"]!);
        Assert.Null(body[3]!["options"]);
        Assert.All(body, c => Assert.InRange(((string)c!["description"]!).Length, 1, 100));
        Assert.All(body.SelectMany(c => c!["options"]?.AsArray() ?? []), o => Assert.InRange(((string)o!["description"]!).Length, 1, 100));

        Assert.Equal(["ask", "compare", "settings", "sources", "help"], registered.Select(c => c.Name));
        Assert.All(registered, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.Equal(
            ["/ask question [country] [year] [private]", "/compare question [country] [from] [to] [private]", "/settings [country] [clear]", "/sources", "/help"],
            DiscordCommandRegistrar.Describe(registered));
    }

    // Discord shows a Russian client the "ru" descriptions (it has no Kazakh locale); names stay as users type them.
    [Fact]
    public async Task RegisterAsync_EveryCommandAndOption_DescribedInRussianToo()
    {
        using var host = BuildCliHost();

        await host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var body = JsonNode.Parse(Assert.Single(_discord.Requests).Body)!.AsArray();
        var described = body.Concat(body.SelectMany(c => c!["options"]?.AsArray() ?? [])).ToList();
        Assert.Equal(5 + 4 + 5 + 2, described.Count);
        Assert.All(described, d =>
        {
            var localizations = d!["description_localizations"]!.AsObject();
            Assert.Equal(["ru"], localizations.Select(l => l.Key));
            var russian = (string)localizations["ru"]!;
            Assert.InRange(russian.Length, 1, 100);
            Assert.Matches(@"\p{IsCyrillic}", russian);
            Assert.NotEqual((string)d["description"]!, russian);
        });
        Assert.Equal("Задать вопрос по докладам о правах человека; ответ ссылается на свои абзацы.", (string)body[0]!["description_localizations"]!["ru"]!);
        Assert.Equal("Что вы хотите узнать", (string)body[0]!["options"]![0]!["description_localizations"]!["ru"]!);
        Assert.Equal("Ask the human rights reports a question; the answer cites the paragraphs it uses.", (string)body[0]!["description"]!);
    }

    [Fact]
    public async Task RegisterAsync_RunTwice_SendsSameBodyAndKeepsIds()
    {
        using var host = BuildCliHost();
        var registrar = host.GetRequiredService<DiscordCommandRegistrar>();

        var first = await registrar.RegisterAsync();
        var second = await registrar.RegisterAsync();

        var puts = _discord.Requests.ToList();
        Assert.Equal(2, puts.Count);
        Assert.Equal(puts[0].Body, puts[1].Body);
        Assert.Equal(first.Select(c => (c.Name, c.Id)), second.Select(c => (c.Name, c.Id)));
    }

    [Theory]
    [InlineData("", DiscordTestHost.BotToken, "Discord:ApplicationId")]
    [InlineData("not-a-number", DiscordTestHost.BotToken, "Discord:ApplicationId")]
    [InlineData(DiscordTestHost.ApplicationId, "", "Discord:BotToken")]
    public async Task RegisterAsync_MissingSetting_ThrowsClearConfigurationErrorWithoutCallingDiscord(string applicationId, string botToken, string named)
    {
        using var host = BuildCliHost(applicationId, botToken);

        var ex = await Assert.ThrowsAsync<DiscordConfigurationException>(
            () => host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync());

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_discord.Requests);
    }

    [Fact]
    public async Task RegisterAsync_DiscordRefusesToken_ThrowsConfigurationErrorWithoutToken()
    {
        _discord.Script.Enqueue(new StandInReply(401, """{"message": "401: Unauthorized", "code": 0}"""));
        using var host = BuildCliHost();

        var ex = await Assert.ThrowsAsync<DiscordConfigurationException>(
            () => host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync());

        Assert.Contains("Discord__BotToken", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, ex.ToString(), StringComparison.Ordinal);
        Assert.Single(_discord.Requests);
    }

    [Fact]
    public async Task RegisterAsync_RateLimitedOnce_WaitsRetryAfterThenSucceeds()
    {
        _discord.Script.Enqueue(StandInReply.RateLimited(2.0));
        using var host = BuildCliHost();

        var registered = await host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var requests = _discord.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        var waited = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(1900), $"retried after {waited.TotalMilliseconds} ms");
        Assert.Equal(5, registered.Count);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(DiscordTestHost.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisterAsync_ServerErrorOnce_RetriesAndSucceeds()
    {
        _discord.Script.Enqueue(new StandInReply(502));
        using var host = BuildCliHost();

        var registered = await host.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        Assert.Equal(2, _discord.Requests.Count);
        Assert.Equal(5, registered.Count);
    }

    private ServiceProvider BuildCliHost(string applicationId = DiscordTestHost.ApplicationId, string botToken = DiscordTestHost.BotToken)
        => DiscordCliHost.Build(_discord.ApiBaseUrl, _logs, applicationId, botToken);
}
