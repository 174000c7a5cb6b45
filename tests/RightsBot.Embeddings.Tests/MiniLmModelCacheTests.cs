using RightsBot.Core.Retrieval;

namespace RightsBot.Embeddings.Tests;

/// <summary>The quantized model kept on disk between runs (Corpus:CachePath/model/), so that later starts skip quantizing.</summary>
public sealed class MiniLmModelCacheTests(MiniLmEmbedderFixture fixture) : IClassFixture<MiniLmEmbedderFixture>, IDisposable
{
    private static readonly string[] Sentences = ["Police officers beat detainees in custody", "Workers may form and join independent unions."];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rightsbot-model-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Embed_FirstLoad_WritesTheQuantizedModelAndGivesTheSameVectorsAsWithoutACache()
    {
        using var embedder = new MiniLmTextEmbedder(DensePrecision.Quantized, _folder);

        var vectors = embedder.Embed(Sentences);

        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.Equal(embedder.CachedModelPath, file);
        Assert.Contains(embedder.ModelId, Path.GetFileName(file), StringComparison.Ordinal);
        Assert.InRange(new FileInfo(file).Length, 50_000_000, 70_000_000);
        Assert.Equal(fixture.Embedder.Embed(Sentences), vectors);
    }

    [Fact]
    public void Load_BeforeAnyText_MakesAndKeepsTheModelThenEmbedsAsUsual()
    {
        using var embedder = new MiniLmTextEmbedder(DensePrecision.Quantized, _folder);

        embedder.Load();

        Assert.True(File.Exists(embedder.CachedModelPath)); // the model was made and loaded, with nothing to embed
        Assert.Equal(fixture.Embedder.Embed(Sentences), embedder.Embed(Sentences));
    }

    [Fact]
    public void Load_AfterDispose_DoesNothing()
    {
        var embedder = new MiniLmTextEmbedder(DensePrecision.Quantized, _folder);
        embedder.Dispose();

        embedder.Load();

        Assert.False(Directory.Exists(_folder) && Directory.GetFiles(_folder).Length > 0);
    }

    [Fact]
    public void Embed_ModelFileInTheCache_IsTheModelThatRuns()
    {
        // A valid model that is not the quantized one: if the file is read, the vectors are the original model's.
        Directory.CreateDirectory(_folder);
        using var embedder = new MiniLmTextEmbedder(DensePrecision.Quantized, _folder);
        using (var published = MiniLmTextEmbedder.OpenPublishedModel())
        using (var file = File.Create(embedder.CachedModelPath!))
        {
            published.CopyTo(file);
        }

        Assert.Equal(fixture.Original.Embed(Sentences), embedder.Embed(Sentences));
    }

    [Fact]
    public void Embed_DamagedModelFileInTheCache_MadeAgain()
    {
        Directory.CreateDirectory(_folder);
        using var embedder = new MiniLmTextEmbedder(DensePrecision.Quantized, _folder);
        File.WriteAllText(embedder.CachedModelPath!, "not a model");

        var vectors = embedder.Embed(Sentences);

        Assert.Equal(fixture.Embedder.Embed(Sentences), vectors);
        Assert.True(new FileInfo(embedder.CachedModelPath!).Length > 50_000_000);
        Assert.Single(Directory.GetFiles(_folder)); // no temporary file left behind
    }

    [Fact]
    public void Embed_OriginalModel_NothingWritten()
    {
        using var embedder = new MiniLmTextEmbedder(DensePrecision.Original, _folder);

        embedder.Embed(Sentences);

        Assert.Null(embedder.CachedModelPath);
        Assert.False(Directory.Exists(_folder));
    }
}
