using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RightsBot.Telegram.Polling;

namespace RightsBot.Telegram.Tests.Polling;

public sealed class UpdateOffsetStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rightsbot-offset-" + Guid.NewGuid().ToString("N"));

    private UpdateOffsetStore Store() => new(Options.Create(new TelegramOptions { StatePath = _dir }), NullLogger<UpdateOffsetStore>.Instance);

    [Fact]
    public void Load_NothingSaved_Null() => Assert.Null(Store().Load());

    [Fact]
    public void Save_ThenLoadInANewStore_ReturnsTheLastOffset()
    {
        Store().Save(41);
        Store().Save(42);

        Assert.Equal(42, Store().Load());
        Assert.Equal(["polling-offset"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("-5")]
    public void Load_CorruptFile_NullInsteadOfThrowing(string content)
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, UpdateOffsetStore.FileName), content);

        Assert.Null(Store().Load());
    }

    [Fact]
    public void Save_LeftoverTempFileFromACrash_IsReplacedAndOffsetIntact()
    {
        Store().Save(10);
        File.WriteAllText(Path.Combine(_dir, $"{UpdateOffsetStore.FileName}.{Environment.ProcessId}.tmp"), "9");

        Store().Save(11);

        Assert.Equal(11, Store().Load());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
