using System.Text;
using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Tests.Formatting;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData("kz2016-p42", "p:kz2016-p42")]
    [InlineData("a", "p:a")]
    public void ForFullParagraph_ShortId_RoundTrips(string passageId, string expected)
    {
        var data = CallbackData.ForFullParagraph(passageId);

        Assert.Equal(expected, data);
        Assert.True(CallbackData.TryParseFullParagraph(data, out var parsed));
        Assert.Equal(passageId, parsed);
    }

    [Theory]
    [InlineData(62, true)]
    [InlineData(63, false)]
    [InlineData(200, false)]
    public void ForFullParagraph_IdLength_FitsSixtyFourBytesOrNull(int idLength, bool fits)
    {
        var data = CallbackData.ForFullParagraph(new string('x', idLength));

        Assert.Equal(fits, data is not null);
        if (data is not null)
        {
            Assert.True(Encoding.UTF8.GetByteCount(data) <= CallbackData.MaxBytes);
        }
    }

    [Fact]
    public void ForFullParagraph_MultiByteId_CountsBytesNotChars()
        => Assert.Null(CallbackData.ForFullParagraph(new string('ж', 32)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("p:")]
    [InlineData("x:abc")]
    [InlineData("feedback")]
    public void TryParseFullParagraph_ForeignData_ReturnsFalse(string? data)
        => Assert.False(CallbackData.TryParseFullParagraph(data, out _));

    [Theory]
    [InlineData(true, "kz2016-p42", "f+:kz2016-p42")]
    [InlineData(false, "kz2016-p42", "f-:kz2016-p42")]
    public void ForFeedback_Vote_RoundTrips(bool helpful, string passageId, string expected)
    {
        var data = CallbackData.ForFeedback(helpful, passageId);

        Assert.Equal(expected, data);
        Assert.True(CallbackData.TryParseFeedback(data, out var parsedHelpful, out var parsedId));
        Assert.Equal((helpful, passageId), (parsedHelpful, parsedId));
        Assert.False(CallbackData.TryParseFullParagraph(data, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("f+:")]
    [InlineData("p:kz2016-p42")]
    public void TryParseFeedback_OtherData_ReturnsFalse(string? data)
        => Assert.False(CallbackData.TryParseFeedback(data, out _, out _));

    [Fact]
    public void ForFeedback_IdTooLong_Null() => Assert.Null(CallbackData.ForFeedback(true, new string('x', 62)));
}
