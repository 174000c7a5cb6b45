using RightsBot.Summarization.Checking;

namespace RightsBot.Summarization.Tests.Checking;

public sealed class CitedSummaryValidatorTests
{
    [Theory]
    [InlineData("Permits are required [1].", 3, "Permits are required [1].")]
    [InlineData("  Permits are required [1][3].\n", 3, "Permits are required [1][3].")]
    [InlineData("Permits are required [1, 2].", 3, "Permits are required [1][2].")]
    [InlineData("Permits are required [ 2 ].", 2, "Permits are required [2].")]
    [InlineData("Permits are required [1].\n\nSources:\n[1] Kazakhstan 2016", 3, "Permits are required [1].")]
    [InlineData("Нужно разрешение [1].\n**Источники:**\n[1] Казахстан", 1, "Нужно разрешение [1].")]
    public void Validate_ReplyCitingGivenPassages_AcceptsCleanedText(string reply, int passages, string expected)
    {
        var verdict = CitedSummaryValidator.Validate(reply, passages);

        Assert.True(verdict.Accepted);
        Assert.Equal(expected, verdict.Summary);
        Assert.Null(verdict.Rejection);
    }

    [Theory]
    [InlineData(null, 3, "empty reply")]
    [InlineData("", 3, "empty reply")]
    [InlineData(" \n ", 3, "empty reply")]
    [InlineData("[1]", 3, "empty reply")]
    [InlineData("Permits are required.", 3, "reply cites no passage")]
    [InlineData("Permits are required [7].", 3, "reply cites a passage that was not given")]
    [InlineData("Permits are required [0].", 3, "reply cites a passage that was not given")]
    [InlineData("Permits [1] and detentions [2, 4].", 3, "reply cites a passage that was not given")]
    [InlineData("Sources:\n[1] Kazakhstan 2016", 3, "empty reply")]
    public void Validate_UnusableReply_RejectsWithReason(string? reply, int passages, string reason)
    {
        var verdict = CitedSummaryValidator.Validate(reply, passages);

        Assert.False(verdict.Accepted);
        Assert.Null(verdict.Summary);
        Assert.Equal(reason, verdict.Rejection);
    }

    [Fact]
    public void Validate_ReplyFarOverTheWordLimit_Rejects()
    {
        var reply = string.Concat(Enumerable.Repeat("Permits are required for every gathering [1]. ", 60));

        var verdict = CitedSummaryValidator.Validate(reply, 3);

        Assert.Equal("reply too long", verdict.Rejection);
    }
}
