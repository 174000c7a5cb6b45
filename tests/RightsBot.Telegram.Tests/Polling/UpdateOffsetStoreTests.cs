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
    public void Save_ThenLoadInANewStore_ReturnsTheLastPosition()
    {
        Store().Save(new PollingPosition(41, []));
        Store().Save(new PollingPosition(45, [42, 44]));

        var loaded = Store().Load()!;
        Assert.Equal(45, loaded.Next);
        Assert.Equal([42, 44], loaded.Unanswered);
        Assert.Equal("45 42 44", File.ReadAllText(Path.Combine(_dir, UpdateOffsetStore.FileName)));
        Assert.Equal(["polling-offset"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("42", 42, new int[0])]
    [InlineData("42\n", 42, new int[0])]
    [InlineData(" 45  40\t41 ", 45, new[] { 40, 41 })]
    public void Load_SavedText_NextAndUnanswered(string content, int next, int[] unanswered)
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, UpdateOffsetStore.FileName), System.Text.RegularExpressions.Regex.Unescape(content));

        var loaded = Store().Load()!;

        Assert.Equal(next, loaded.Next);
        Assert.Equal(unanswered, loaded.Unanswered);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("-5")]
    [InlineData("42 x")]
    [InlineData("42 43")]
    [InlineData("42 -1")]
    public void Load_CorruptFile_NullInsteadOfThrowing(string content)
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, UpdateOffsetStore.FileName), content);

        Assert.Null(Store().Load());
    }

    [Fact]
    public void Save_LeftoverTempFileFromACrash_IsReplacedAndOffsetIntact()
    {
        Store().Save(new PollingPosition(10, []));
        File.WriteAllText(Path.Combine(_dir, $"{UpdateOffsetStore.FileName}.{Environment.ProcessId}.tmp"), "9");

        Store().Save(new PollingPosition(11, []));

        Assert.Equal(11, Store().Load()!.Next);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
