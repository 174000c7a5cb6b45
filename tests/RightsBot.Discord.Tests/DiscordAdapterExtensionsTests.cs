using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests;

public sealed class DiscordAdapterExtensionsTests(RealCoreHostFixture realCore) : IClassFixture<RealCoreHostFixture>
{
    private const string KazakhstanPage = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/";

    [Fact]
    public async Task MapDiscordInteractions_WithRealCore_AnswersKazakhstanTortureQuestionCitingThe600Passage()
    {
        var host = realCore.Host;
        var response = await host.InteractAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion, "Kazakhstan", 2016));

        Assert.Equal(4, (int)response["type"]!);
        var embed = response["data"]!["embeds"]![0]!;
        Assert.Equal(TestAnswers.TortureQuestion, (string)embed["title"]!);
        var fields = embed["fields"]!.AsArray();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.EndsWith("Kazakhstan 2016", (string)f!["name"]!, StringComparison.Ordinal));
        Assert.Contains("600 torture complaints", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.All(fields, f => Assert.Contains($"]({KazakhstanPage}#:~:text=", (string)f!["value"]!, StringComparison.Ordinal));

        // The button under the cited source brings back the whole 600-a-year paragraph.
        var buttons = response["data"]!["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray())
            .Where(c => ((string)c!["custom_id"]!).StartsWith("rb:passage:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(buttons);
        var passages = new List<string>();
        foreach (var button in buttons)
        {
            var passage = await host.InteractAsync(InteractionPayloads.Button((string)button!["custom_id"]!));
            passages.Add((string)passage["data"]!["embeds"]![0]!["description"]!);
            Assert.StartsWith(KazakhstanPage + "#:~:text=", (string)passage["data"]!["embeds"]![0]!["url"]!, StringComparison.Ordinal);
        }

        Assert.Contains(passages, p => p.Contains("registered 600 torture complaints on average per year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MapDiscordInteractions_WithRealCore_AutocompletesCorpusCountries()
    {
        var response = await realCore.Host.InteractAsync(InteractionPayloads.AutocompleteCountry("k"));

        var names = response["data"]!["choices"]!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Contains("Kazakhstan", names);
        Assert.Contains("Kenya", names);
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal("Kazakhstan", names.First(n => n.StartsWith("Kaz", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MapDiscordInteractions_Disabled_MapsNoEndpoint()
    {
        await using var host = await DiscordTestHost.StartAsync(
            new FakeQuestionAnswerer(), "http://127.0.0.1:9/api/v10", new Dictionary<string, string?> { ["Discord:Enabled"] = "false" });

        using var response = await host.PostSignedAsync(InteractionPayloads.Ping());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MapDiscordInteractions_ShutdownBegun_NewInteraction503AndNothingAsked()
    {
        var answerer = new FakeQuestionAnswerer();
        await using var host = await DiscordTestHost.StartAsync(answerer, "http://127.0.0.1:9/api/v10");
        using var before = await host.PostSignedAsync(InteractionPayloads.Ping());

        // What SIGTERM does first; the host's own stop comes after it.
        host.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var during = await host.PostSignedAsync(InteractionPayloads.Ask(TestAnswers.TortureQuestion));
        await host.StopAsync();

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Empty(answerer.Questions);
    }

    [Fact]
    public async Task AddDiscordAdapter_EnabledWithoutPublicKey_FailsAtStartNamingTheSetting()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => DiscordTestHost.StartAsync(
            new FakeQuestionAnswerer(), "http://127.0.0.1:9/api/v10", new Dictionary<string, string?> { ["Discord:PublicKey"] = string.Empty }));

        Assert.Contains("Discord:PublicKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiscordAdapter_EmptyApiBaseUrl_StartsAndUsesDiscordV10()
    {
        await using var host = await DiscordTestHost.StartAsync(
            new FakeQuestionAnswerer(), string.Empty, new Dictionary<string, string?>());

        var options = host.GetRequiredService<IOptions<DiscordOptions>>().Value;
        Assert.Equal(new Uri("https://discord.com/api/v10/"), options.ResolveApiBaseUri());
        Assert.Equal("https://discord.com/api/v10", new DiscordOptions().ApiBaseUrl);
    }
}
