using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>A plain (non-web) host with the Discord adapter, as the <c>discord register-commands</c> CLI builds one.</summary>
internal static class DiscordCliHost
{
    public static IHost Build(
        string apiBaseUrl,
        CapturingLoggerProvider logs,
        string applicationId = DiscordTestHost.ApplicationId,
        string botToken = DiscordTestHost.BotToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = applicationId,
            ["Discord:BotToken"] = botToken,
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
        });
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.AddDiscordAdapter();
        return builder.Build();
    }
}
