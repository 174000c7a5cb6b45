using Microsoft.Extensions.DependencyInjection;

namespace RightsBot.Adapters.Readiness;

/// <summary>Registers the one <see cref="AdapterReadiness"/> of a host, shared by the host and every adapter.</summary>
public static class AdapterReadinessServiceCollectionExtensions
{
    /// <summary>
    /// The collection's <see cref="AdapterReadiness"/>, registered as an instance on the first call, so an adapter can
    /// expect itself while the host is still being composed.
    /// </summary>
    public static AdapterReadiness AddAdapterReadiness(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.LastOrDefault(d => d.ServiceType == typeof(AdapterReadiness))?.ImplementationInstance is AdapterReadiness registered)
        {
            return registered;
        }

        var readiness = new AdapterReadiness();
        services.AddSingleton(readiness);
        return readiness;
    }
}
