using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using RightsBot.Core;
using RightsBot.Core.Answering;
using RightsBot.Summarization.Tests.Fakes;

namespace RightsBot.Summarization.Tests;

public sealed class SummarizationServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task AddSummarization_Off_RegistersNoClientAndNothingReachesTheEndpoint(string? enabled)
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAnswerSummarizer, DefaultSummarizer>();

        services.AddSummarization(Configuration(new()
        {
            ["Summarization:Enabled"] = enabled,
            ["Summarization:Endpoint"] = server.Endpoint.ToString(),
            ["Summarization:ModelId"] = "m",
        }));
        await using var provider = services.BuildServiceProvider();

        var summarizer = provider.GetRequiredService<IAnswerSummarizer>();
        Assert.IsType<DefaultSummarizer>(summarizer);
        Assert.Null(await summarizer.SummarizeAsync(new Question("Can people protest?"), SamplePassages.Three));
        Assert.Null(provider.GetService<IStreamingAnswerSummarizer>());
        Assert.Null(provider.GetService<IQuestionTranslator>());
        Assert.Null(provider.GetService<IHttpClientFactory>());
        Assert.Null(provider.GetKeyedService<IChatCompletionService>(SummarizationServiceCollectionExtensions.ChatServiceKey));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AddSummarization_On_ReplacesTheDefaultSummarizerAndAddsStreamingAndTranslation()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAnswerSummarizer, DefaultSummarizer>();

        services.AddSummarization(Configuration(new()
        {
            ["Summarization:Enabled"] = "true",
            ["Summarization:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Summarization:ModelId"] = "m",
        }));
        await using var provider = services.BuildServiceProvider();

        var summarizer = Assert.Single(provider.GetServices<IAnswerSummarizer>());
        Assert.IsType<SemanticKernelAnswerSummarizer>(summarizer);
        Assert.True(summarizer.IsEnabled);
        Assert.Same(summarizer, provider.GetRequiredService<IStreamingAnswerSummarizer>());
        Assert.True(provider.GetRequiredService<IQuestionTranslator>().IsEnabled);
    }

    [Fact]
    public async Task AddSummarization_OnBeforeTheCoreRegistration_StillWins()
    {
        var configuration = Configuration(new()
        {
            ["Summarization:Enabled"] = "true",
            ["Summarization:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Summarization:ModelId"] = "m",
        });
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();

        services.AddSummarization(configuration);
        services.AddRightsBotCore();
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<SemanticKernelAnswerSummarizer>(Assert.Single(provider.GetServices<IAnswerSummarizer>()));
    }

    [Fact]
    public async Task AddSummarization_OnWithoutEndpoint_FailsValidationNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSummarization(Configuration(new() { ["Summarization:Enabled"] = "true", ["Summarization:ModelId"] = "m" }));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SummarizationOptions>>().Value);

        Assert.Contains("Summarization:Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSummarization_ApiKeyFromEnvironment_ReachesTheEndpointAsBearerHeader()
    {
        const string prefix = "RIGHTSBOT_ISSUE5_TEST_";
        const string key = "sk-from-environment-77";
        await using var server = await FakeOpenAIServer.StartAsync();
        server.Enqueue(ScriptedReply.Text("Permits are required [1]."));
        Environment.SetEnvironmentVariable(prefix + "Summarization__ApiKey", key);
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Summarization:Enabled"] = "true",
                    ["Summarization:Endpoint"] = server.Endpoint.ToString(),
                    ["Summarization:ModelId"] = "m",
                })
                .AddEnvironmentVariables(prefix)
                .Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSummarization(configuration);
            await using var provider = services.BuildServiceProvider();

            var summary = await provider.GetRequiredService<IAnswerSummarizer>().SummarizeAsync(new Question("Can people protest?"), SamplePassages.Three);

            Assert.Equal("Permits are required [1].", summary);
            Assert.Equal($"Bearer {key}", Assert.Single(server.Requests).Authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Summarization__ApiKey", null);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
