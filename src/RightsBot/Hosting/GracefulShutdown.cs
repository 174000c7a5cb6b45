using Microsoft.Extensions.Options;

namespace RightsBot.Hosting;

/// <summary>Binds <see cref="ShutdownOptions"/> (section "Host") to the generic host's shutdown timeout.</summary>
internal static class GracefulShutdown
{
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Registered after the host's own defaults, so it wins over the host's "shutdownTimeoutSeconds" key.
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>(
            (host, shutdown) => host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.ShutdownSeconds));
        return services;
    }
}
