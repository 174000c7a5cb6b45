using Microsoft.Extensions.DependencyInjection;
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
        Assert.Equal(typeof(MiniLmTextEmbedder), registration.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
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
