using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using RightsBot.Core.Metrics;

namespace RightsBot.Hosting;

/// <summary>
/// GET /metrics with <c>Metrics:Enabled</c>: OpenTelemetry's Prometheus exporter over RightsBot's own meter (answers,
/// refusals, summaries, chat API errors, index size) and the standard ASP.NET Core and .NET runtime instruments.
/// Disabled (the default), no meter provider, exporter or endpoint exists.
/// </summary>
internal static class MetricsEndpoint
{
    /// <summary>The service name in the scrape's target_info.</summary>
    public const string ServiceName = "rightsbot";

    public static WebApplicationBuilder AddPrometheusMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (!builder.Configuration.GetSection(MetricsOptions.SectionName).GetValue<bool>(nameof(MetricsOptions.Enabled)))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(RightsBotMeter.Name)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()

                // Made with the provider, so the index gauge is there from the start, before any question.
                .AddInstrumentation(sp => sp.GetRequiredService<IndexMetrics>())
                .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapPrometheusMetrics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            app.MapPrometheusScrapingEndpoint();
        }

        return app;
    }
}
