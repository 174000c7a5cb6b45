using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Embeddings.Tests;

public class EmbeddingsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMiniLmEmbeddings_RegistersOneSharedMiniLmEmbedder()
    {
        var services = new ServiceCollection();

        services.AddMiniLmEmbeddings();

        var registration = Assert.Single(services, d => d.ServiceType == typeof(ITextEmbedder));
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        using var provider = services.BuildServiceProvider();
        var embedder = Assert.IsType<MiniLmTextEmbedder>(provider.GetRequiredService<ITextEmbedder>());
        Assert.Same(embedder, provider.GetRequiredService<ITextEmbedder>());
        Assert.Equal(DensePrecision.Quantized, embedder.Precision);
    }

    [Fact]
    public void AddMiniLmEmbeddings_DensePrecisionOriginal_TheModelAsPublished()
    {
        var embedder = Registered(Options.Create(new RetrievalOptions { DensePrecision = DensePrecision.Original }));

        Assert.Equal(DensePrecision.Original, embedder.Precision);
        Assert.Equal("all-MiniLM-L6-v2", embedder.ModelId);
    }

    [Fact]
    public void AddMiniLmEmbeddings_CachePath_QuantizedModelKeptUnderItsModelFolder()
    {
        var cache = Path.Combine(Path.GetTempPath(), "rightsbot-cache-" + Guid.NewGuid().ToString("N"));

        var embedder = Registered(Options.Create(new CorpusOptions { CachePath = cache }));

        Assert.Equal(Path.Combine(cache, "model"), Path.GetDirectoryName(embedder.CachedModelPath));
    }

    [Fact]
    public void AddMiniLmEmbeddings_EmptyCachePath_NoModelFile()
        => Assert.Null(Registered(Options.Create(new CorpusOptions { CachePath = string.Empty })).CachedModelPath);

    [Fact]
    public void AddMiniLmEmbeddings_EmbedderAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextEmbedder, OtherEmbedder>();

        services.AddMiniLmEmbeddings();

        Assert.Equal(typeof(OtherEmbedder), Assert.Single(services, d => d.ServiceType == typeof(ITextEmbedder)).ImplementationType);
    }

    // The embedder AddMiniLmEmbeddings registers, given these options (its model is not loaded: nothing is embedded).
    private static MiniLmTextEmbedder Registered<TOptions>(IOptions<TOptions> options)
        where TOptions : class
    {
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddMiniLmEmbeddings();
        using var provider = services.BuildServiceProvider();
        return Assert.IsType<MiniLmTextEmbedder>(provider.GetRequiredService<ITextEmbedder>());
    }

    private sealed class OtherEmbedder : ITextEmbedder
    {
        public string ModelId => "other";

        public int Dimensions => 1;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(_ => new[] { 1f })];
    }
}
