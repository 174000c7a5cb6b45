using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RightsBot.Core.Answering;
using RightsBot.Summarization;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>
/// The real Discord adapter in a Kestrel host on 127.0.0.1 (wired exactly as <c>serve</c> wires it), a fresh
/// Ed25519 key pair whose public key the host trusts, and a client that signs requests like Discord.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "123456789012345678";
    public const string BotToken = "bot-token-SECRET-do-not-log";

    private readonly WebApplication _app;
    private readonly TempFolder _state;

    private DiscordTestHost(WebApplication app, TestKeyPair keys, HttpClient client, CapturingLoggerProvider logs, TempFolder state)
    {
        _app = app;
        Keys = keys;
        Client = client;
        Logs = logs;
        _state = state;
    }

    public TestKeyPair Keys { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>This host's Discord:StatePath, a temp folder of its own (not created until a setting is saved).</summary>
    public string StatePath => _state.Path;

    public static async Task<DiscordTestHost> StartAsync(
        IQuestionAnswerer? answerer,
        string apiBaseUrl,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var keys = TestKeyPair.Create();
        var state = new TempFolder();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var config = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:PublicKey"] = keys.PublicKeyHex,
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Discord:DeferAfter"] = "00:00:02",
            ["Limits:QuestionsPerMinute"] = "30",
            ["Discord:StatePath"] = state.Path,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (answerer is not null)
        {
            builder.Services.AddSingleton(answerer);
        }
        configureServices?.Invoke(builder.Services);

        // As serve does; off (no client at all) unless the settings switch Summarization:Enabled on.
        builder.Services.AddSummarization(builder.Configuration);
        builder.AddDiscordAdapter();

        var app = builder.Build();
        app.MapDiscordInteractions();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            state.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new DiscordTestHost(app, keys, client, logs, state);
    }

    public static string NowTimestamp() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The repository root (where RightsBot.sln is), for tests that read the real corpus.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Posts a body signed with the test key, as Discord would.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string json, string? timestamp = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        timestamp ??= NowTimestamp();
        return PostRawAsync(body, timestamp, Keys.Sign(timestamp, body));
    }

    /// <summary>Posts with whatever headers the test chooses (null leaves a header out).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordAdapterExtensions.InteractionsPath)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Posts a signed interaction and returns the parsed JSON response (asserting 200).</summary>
    public async Task<JsonNode> InteractAsync(string json)
    {
        using var response = await PostSignedAsync(json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public T GetRequiredService<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Shuts the host down as SIGTERM would (hosted services stop; the test can look before disposal).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Keys.Dispose();
        _state.Dispose();
    }
}
