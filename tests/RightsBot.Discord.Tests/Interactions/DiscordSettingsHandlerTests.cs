using RightsBot.Core.Conversation;
using RightsBot.Discord.Interactions;
using RightsBot.Discord.Settings;
using RightsBot.Discord.Tests.Settings;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Interactions;

public sealed class DiscordSettingsHandlerTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new() { Respond = (q, _) => Task.FromResult(TestAnswers.KazakhstanFor(q)) };
    private DiscordTestHost _host = null!;

    private string DatabasePath => Path.Combine(_host.StatePath, DiscordServerSettingsStore.FileName);

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync(_answerer, "http://127.0.0.1:9/api/v10");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(InteractionPayloads.AllPermissions)]
    [InlineData("32")] // Manage Server alone
    [InlineData("8")] // Administrator alone
    public async Task Settings_CountryByAManager_StoredAndQuestionsWithoutACountryUseIt(string permissions)
    {
        var set = await _host.InteractAsync(InteractionPayloads.Settings("kazakhstan", permissions: permissions));

        Assert.Equal(64, (int)set["data"]!["flags"]!);
        Assert.Equal(DiscordSettingsHandler.SetText("Kazakhstan", BotTexts.English), (string)set["data"]!["content"]!);
        Assert.Equal([(InteractionPayloads.GuildId, "Kazakhstan")], await DiscordServerSettingsStoreTests.ReadRowsAsync(DatabasePath));

        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture complaints"));

        var asked = _answerer.Questions.Last();
        Assert.Equal(("torture complaints", null, "Kazakhstan"), (asked.Text, asked.Country, asked.DefaultCountry));
        Assert.StartsWith("Server default: Kazakhstan · ", (string)answer["data"]!["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_CountryByAnOrdinaryMember_RefusedPrivatelyAndNothingStored()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan", permissions: InteractionPayloads.MemberPermissions));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(DiscordSettingsHandler.NotAllowedText(BotTexts.English), (string)response["data"]!["content"]!);
        Assert.False(File.Exists(DatabasePath));

        await _host.InteractAsync(InteractionPayloads.Ask("torture complaints"));
        Assert.Null(_answerer.Questions.Last().DefaultCountry);
    }

    [Fact]
    public async Task Settings_ClearByAnOrdinaryMember_RefusedAndTheSettingStays()
    {
        await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan"));

        var response = await _host.InteractAsync(InteractionPayloads.Settings(clear: true, permissions: InteractionPayloads.MemberPermissions));

        Assert.Equal(DiscordSettingsHandler.NotAllowedText(BotTexts.English), (string)response["data"]!["content"]!);
        Assert.Equal([(InteractionPayloads.GuildId, "Kazakhstan")], await DiscordServerSettingsStoreTests.ReadRowsAsync(DatabasePath));
    }

    [Fact]
    public async Task Settings_NoOptions_AnyoneSeesTheCurrentSetting()
    {
        var none = await _host.InteractAsync(InteractionPayloads.Settings(permissions: InteractionPayloads.MemberPermissions));
        await _host.InteractAsync(InteractionPayloads.Settings("Kenya"));
        var kenya = await _host.InteractAsync(InteractionPayloads.Settings(permissions: InteractionPayloads.MemberPermissions));

        Assert.Equal(DiscordSettingsHandler.NoneText(BotTexts.English), (string)none["data"]!["content"]!);
        Assert.Equal(DiscordSettingsHandler.CurrentText("Kenya", BotTexts.English), (string)kenya["data"]!["content"]!);
        Assert.Equal(64, (int)kenya["data"]!["flags"]!);
    }

    [Theory]
    [InlineData("clear", null)]
    [InlineData("CLEAR", null)]
    [InlineData(null, true)]
    public async Task Settings_Clear_RemovesTheRow(string? country, bool? clear)
    {
        await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan"));

        var response = await _host.InteractAsync(InteractionPayloads.Settings(country, clear));

        Assert.Equal(DiscordSettingsHandler.ClearedText(BotTexts.English), (string)response["data"]!["content"]!);
        Assert.Empty(await DiscordServerSettingsStoreTests.ReadRowsAsync(DatabasePath));
        await _host.InteractAsync(InteractionPayloads.Ask("torture complaints"));
        Assert.Null(_answerer.Questions.Last().DefaultCountry);
    }

    [Fact]
    public async Task Settings_CountryAndClear_AsksForOne()
    {
        var response = await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan", clear: true));

        Assert.Equal(DiscordSettingsHandler.BothText(BotTexts.English), (string)response["data"]!["content"]!);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task Settings_AnotherNameOfACountry_StoresTheReportsName()
    {
        var set = await _host.InteractAsync(InteractionPayloads.Settings("Qazaqstan", permissions: InteractionPayloads.AllPermissions));

        Assert.Equal(DiscordSettingsHandler.SetText("Kazakhstan", BotTexts.English), (string)set["data"]!["content"]!);
        Assert.Equal([(InteractionPayloads.GuildId, "Kazakhstan")], await DiscordServerSettingsStoreTests.ReadRowsAsync(DatabasePath));
    }

    [Theory]
    [InlineData("Kazakstan", "I have no report for \"Kazakstan\". Did you mean: Kazakhstan?")]
    [InlineData("Ke", "I have no report for \"Ke\". Did you mean: Kenya?")]
    [InlineData("Atlantis", "I have no report for \"Atlantis\". `/sources` lists the countries I have.")]
    [InlineData("*Mordor*", "I have no report for \"\\*Mordor\\*\". `/sources` lists the countries I have.")]
    public async Task Settings_UnknownCountry_ListsCloseMatchesAndStoresNothing(string typed, string expected)
    {
        var response = await _host.InteractAsync(InteractionPayloads.Settings(typed));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(expected, (string)response["data"]!["content"]!);
        Assert.False(File.Exists(DatabasePath));
    }

    [Theory]
    [InlineData("Kazakhstan")]
    [InlineData(null)]
    public async Task Settings_InADirectMessage_OnlyWorksInServers(string? country)
    {
        var response = await _host.InteractAsync(InteractionPayloads.Settings(country, inServer: false));

        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal(DiscordSettingsHandler.ServersOnlyText(BotTexts.English), (string)response["data"]!["content"]!);
        Assert.False(Directory.Exists(_host.StatePath));
    }

    [Fact]
    public async Task Ask_QuestionNamingAnotherCountry_NoServerDefaultFooter()
    {
        await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan"));
        _answerer.Respond = (_, _) => Task.FromResult(TestAnswers.KazakhstanTorture with { Scope = new RightsBot.Core.Answering.AnswerScope("Brazil", null, "torture") });

        var answer = await _host.InteractAsync(InteractionPayloads.Ask("torture in Brazil"));

        Assert.Equal("Kazakhstan", _answerer.Questions.Last().DefaultCountry);
        Assert.DoesNotContain("Server default", (string)answer["data"]!["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_StoreHoldsNoUserOrChannel_AndNothingIdentifyingIsLogged()
    {
        await _host.InteractAsync(InteractionPayloads.Settings("Kazakhstan"));
        await _host.InteractAsync(InteractionPayloads.Settings("Kenya", permissions: InteractionPayloads.MemberPermissions));
        await _host.InteractAsync(InteractionPayloads.Ask("torture complaints"));

        var bytes = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(DatabasePath));
        Assert.DoesNotContain(InteractionPayloads.UserId, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(InteractionPayloads.ChannelId, bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("moderator", bytes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(InteractionPayloads.GuildId, bytes, StringComparison.Ordinal);

        Assert.Contains(_host.Logs.Lines, l => l.Contains("Set a Discord server's default country.", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("Refused a Discord /settings change", StringComparison.Ordinal));
        foreach (var id in new[] { InteractionPayloads.UserId, InteractionPayloads.GuildId, InteractionPayloads.ChannelId, "torture complaints" })
        {
            Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(id, StringComparison.Ordinal));
        }
    }

    // A member whose Discord is in Russian reads every /settings reply in Russian; the country keeps the reports'
    // name, and what to type stays as typed.
    [Fact]
    public async Task Settings_RussianClient_EveryReplyInRussian()
    {
        string Say(string payload) => InteractionPayloads.WithLocale(payload, "ru");

        var none = await _host.InteractAsync(Say(InteractionPayloads.Settings(permissions: InteractionPayloads.MemberPermissions)));
        var refused = await _host.InteractAsync(Say(InteractionPayloads.Settings("Kenya", permissions: InteractionPayloads.MemberPermissions)));
        var unknown = await _host.InteractAsync(Say(InteractionPayloads.Settings("Kazakstan")));
        var set = await _host.InteractAsync(Say(InteractionPayloads.Settings("kazakhstan")));
        var shown = await _host.InteractAsync(Say(InteractionPayloads.Settings()));
        var both = await _host.InteractAsync(Say(InteractionPayloads.Settings("Kenya", clear: true)));
        var cleared = await _host.InteractAsync(Say(InteractionPayloads.Settings(clear: true)));
        var direct = await _host.InteractAsync(Say(InteractionPayloads.Settings(inServer: false)));

        Assert.Equal(
            [
                "У этого сервера нет страны по умолчанию: на вопросы, где страна не названа, я отвечаю по всем докладам. Участник с правом «Управлять сервером» может её задать, например: `/settings country:Kazakhstan`.",
                "Страну сервера по умолчанию могут менять только участники с правом «Управлять сервером». `/settings` без параметров покажет её.",
                "У меня нет доклада по «Kazakstan». Может быть, вы имели в виду: Kazakhstan?",
                "Теперь страна этого сервера по умолчанию — **Kazakhstan**: на вопросы, где страна не названа, я отвечаю по её докладам.",
                "Страна этого сервера по умолчанию — **Kazakhstan**: на вопросы, где страна не названа, я отвечаю по её докладам. Участник с правом «Управлять сервером» может её изменить или удалить командой `/settings clear:true`.",
                "Укажите либо `country`, либо `clear`, но не оба сразу.",
                "Страна сервера по умолчанию удалена: на вопросы, где страна не названа, я отвечаю по всем докладам.",
                "Настройки сервера работают только на сервере. В личных сообщениях назовите страну в вопросе или в параметре `country`.",
            ],
            new[] { none, refused, unknown, set, shown, both, cleared, direct }.Select(r => (string)r["data"]!["content"]!));
        Assert.All(new[] { none, refused, unknown, set, shown, both, cleared, direct }, r => Assert.Equal(64, (int)r["data"]!["flags"]!));
    }
}
