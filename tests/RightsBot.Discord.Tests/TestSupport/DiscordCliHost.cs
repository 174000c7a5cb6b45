using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>
/// The services behind <c>discord register-commands</c>, built as the console commands build theirs: a plain
/// service collection (no host) with configuration and logging, validated on build.
/// </summary>
internal static class DiscordCliHost
{
    public static ServiceProvider Build(
        string apiBaseUrl,
        CapturingLoggerProvider logs,
        string applicationId = DiscordTestHost.ApplicationId,
        string botToken = DiscordTestHost.BotToken,
        TimeProvider? timeProvider = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:ApplicationId"] = applicationId,
                ["Discord:BotToken"] = botToken,
                ["Discord:ApiBaseUrl"] = apiBaseUrl,
            })
            .Build();
        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDiscordRestClient();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
