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
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new RetrievalOptions { DensePrecision = DensePrecision.Original }));

        services.AddMiniLmEmbeddings();

        using var provider = services.BuildServiceProvider();
        var embedder = Assert.IsType<MiniLmTextEmbedder>(provider.GetRequiredService<ITextEmbedder>());
        Assert.Equal(DensePrecision.Original, embedder.Precision);
        Assert.Equal("all-MiniLM-L6-v2", embedder.ModelId);
    }

    [Fact]
    public void AddMiniLmEmbeddings_CachePath_QuantizedModelKeptUnderItsModelFolder()
    {
        var cache = Path.Combine(Path.GetTempPath(), "rightsbot-cache-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new CorpusOptions { CachePath = cache }));

        services.AddMiniLmEmbeddings();

        using var provider = services.BuildServiceProvider();
        var embedder = Assert.IsType<MiniLmTextEmbedder>(provider.GetRequiredService<ITextEmbedder>());
        Assert.Equal(Path.Combine(cache, "model"), Path.GetDirectoryName(embedder.CachedModelPath));
    }

    [Fact]
    public void AddMiniLmEmbeddings_EmptyCachePath_NoModelFile()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new CorpusOptions { CachePath = string.Empty }));

        services.AddMiniLmEmbeddings();

        using var provider = services.BuildServiceProvider();
        Assert.Null(Assert.IsType<MiniLmTextEmbedder>(provider.GetRequiredService<ITextEmbedder>()).CachedModelPath);
    }

    [Fact]
    public void AddMiniLmEmbeddings_EmbedderAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextEmbedder, OtherEmbedder>();

        services.AddMiniLmEmbeddings();

        Assert.Equal(typeof(OtherEmbedder), Assert.Single(services, d => d.ServiceType == typeof(ITextEmbedder)).ImplementationType);
    }

    private sealed class OtherEmbedder : ITextEmbedder
    {
        public string ModelId => "other";

        public int Dimensions => 1;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(_ => new[] { 1f })];
    }
}
