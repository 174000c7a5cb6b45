using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class CacheFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TryWrite_WritesTheFileInItsFolderAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder.Path, "new", "cache.bin");

        var failure = CacheFiles.TryWrite(path, temporary => File.WriteAllText(temporary, "vectors"));

        Assert.Null(failure);
        Assert.Equal("vectors", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void TryWrite_WriteFails_ReturnsTheErrorKeepsTheOldFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder.Path, "cache.bin");
        File.WriteAllText(path, "old");

        var failure = CacheFiles.TryWrite(path, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new IOException("disk full");
        });

        Assert.Equal("disk full", Assert.IsType<IOException>(failure).Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }
}
