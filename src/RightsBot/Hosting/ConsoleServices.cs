using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Core;
using RightsBot.Embeddings;
using RightsBot.Summarization;

namespace RightsBot.Hosting;

/// <summary>The service provider behind the console commands (chat, ask, index, eval, reports).</summary>
internal static class ConsoleServices
{
    public static ServiceProvider Build(TextWriter error, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var contentRoot = AppConfiguration.FindContentRoot();
        var configBuilder = new ConfigurationBuilder();
        AppConfiguration.Apply(configBuilder, contentRoot, overrides);
        var first = configBuilder.Build();
        configBuilder.AddInMemoryCollection(AppConfiguration.ResolvePaths(first, contentRoot));
        if (overrides is not null)
        {
            // Paths given on the command line are relative to the working folder, as a user expects.
            configBuilder.AddInMemoryCollection(overrides
                .Where(o => o.Key.EndsWith(":Path", StringComparison.Ordinal) && o.Value is not null)
                .Select(o => new KeyValuePair<string, string?>(o.Key, Path.GetFullPath(o.Value!))));
        }

        var configuration = configBuilder.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddProvider(new TextWriterLoggerProvider(error));
        });
        services.AddRightsBotCore();
        services.AddMiniLmEmbeddings();
        services.AddSummarization(configuration);
        services.AddReportFetching();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
