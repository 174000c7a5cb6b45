using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RightsBot.Hosting;
using RightsBot.TestSupport;

namespace RightsBot.Tests.Hosting;

// Host:ShutdownSeconds is the time serve gives the answers in flight after SIGTERM: the generic host's ShutdownTimeout.
public class GracefulShutdownTests
{
    [Theory]
    [InlineData(null, 20)]
    [InlineData("7", 7)]
    [InlineData("300", 300)]
    public async Task Build_ShutdownSeconds_BecomesTheHostsShutdownTimeout(string? seconds, int expected)
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], seconds is null ? ServeSettings.OneReport(port) : ServeSettings.OneReport(port, ("Host:ShutdownSeconds", seconds)));

        Assert.Equal(TimeSpan.FromSeconds(expected), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("301")]
    public void Build_ShutdownSecondsOutOfRange_FailsNamingTheSetting(string seconds)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => WebHost.Build([], ServeSettings.OneReport(LoopbackPort.Free(), ("Host:ShutdownSeconds", seconds))));

        Assert.Contains("Host:ShutdownSeconds must be a whole number of seconds from 1 to 300", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
