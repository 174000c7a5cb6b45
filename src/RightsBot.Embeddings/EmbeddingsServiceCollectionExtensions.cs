using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Embeddings;

/// <summary>Registers the MiniLM sentence embedder used by dense retrieval (Retrieval:Dense decides whether it runs).</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ITextEmbedder"/> backed by all-MiniLM-L6-v2, in the precision Retrieval:DensePrecision names
    /// (quantized to 8 bits when unset); the model loads on first use. The quantized model is kept under
    /// Corpus:CachePath/model/ (when a cache path is set) so that later starts skip quantizing.
    /// </summary>
    public static IServiceCollection AddMiniLmEmbeddings(this IServiceCollection services)
    {
        services.TryAddSingleton<ITextEmbedder>(provider =>
        {
            var cache = provider.GetService<IOptions<CorpusOptions>>()?.Value.CachePath;
            return new MiniLmTextEmbedder(
                provider.GetService<IOptions<RetrievalOptions>>()?.Value.DensePrecision ?? DensePrecision.Quantized,
                string.IsNullOrWhiteSpace(cache) ? null : Path.Combine(cache, "model"));
        });
        return services;
    }
}
