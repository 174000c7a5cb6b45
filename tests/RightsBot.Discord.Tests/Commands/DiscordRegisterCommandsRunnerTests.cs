using RightsBot.Discord.Commands;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Commands;

public sealed class DiscordRegisterCommandsRunnerTests : IAsyncLifetime, IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private DiscordRestStandIn _discord = null!;

    public async Task InitializeAsync() => _discord = await DiscordRestStandIn.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose()
    {
        _logs.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public async Task RunAsync_GoodConfiguration_PrintsRegisteredCommandsAndExits0()
    {
        using var host = DiscordCliHost.Build(_discord.ApiBaseUrl, _logs);

        var exitCode = await DiscordRegisterCommandsRunner.RunAsync(host, _output, _error);

        Assert.Equal(0, exitCode);
        Assert.Contains("Registered 5 global commands", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("/ask question [country] [year] [private]", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_error.ToString());
    }

    [Theory]
    [InlineData("", DiscordTestHost.BotToken, "http://127.0.0.1:9/api/v10", "Discord:ApplicationId")]
    [InlineData(DiscordTestHost.ApplicationId, "", "http://127.0.0.1:9/api/v10", "Discord:BotToken")]
    [InlineData(DiscordTestHost.ApplicationId, DiscordTestHost.BotToken, "discord.com/api", "Discord:ApiBaseUrl")]
    public async Task RunAsync_BadConfiguration_PrintsOneLineNamingTheSettingAndExits2(string applicationId, string botToken, string apiBaseUrl, string named)
    {
        using var host = DiscordCliHost.Build(apiBaseUrl, _logs, applicationId, botToken);

        var exitCode = await DiscordRegisterCommandsRunner.RunAsync(host, _output, _error);

        Assert.Equal(2, exitCode);
        var message = _error.ToString().TrimEnd();
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DiscordKeepsFailing_Exits1WithoutToken()
    {
        for (var i = 0; i < 6; i++)
        {
            _discord.Script.Enqueue(new StandInReply(500));
        }

        using var host = DiscordCliHost.Build(_discord.ApiBaseUrl, _logs);

        var exitCode = await DiscordRegisterCommandsRunner.RunAsync(host, _output, _error);

        Assert.Equal(1, exitCode);
        Assert.Equal(5, _discord.Requests.Count);
        Assert.Contains("500", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(DiscordTestHost.BotToken, StringComparison.Ordinal));
    }
}
