using System.Text.Json;
using RightsBot.Core.Answering;
using RightsBot.Discord.Formatting;
using RightsBot.Discord.Models;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Formatting;

public sealed class DiscordAnswerFormatterTests
{
    private static readonly Question TortureQuestion = new(TestAnswers.TortureQuestion, "Kazakhstan", 2016);

    [Fact]
    public void FormatAnswer_Answered_RendersEmbedFieldsAndButtons()
    {
        var message = DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, TestAnswers.KazakhstanTorture, ephemeral: false);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(TestAnswers.TortureQuestion, embed.Title);
        Assert.Equal(TestAnswers.KazakhstanTorture.Text, embed.Description);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("[1] Kazakhstan 2016", field.Name);
        Assert.StartsWith(TestAnswers.TortureSection + "\n", field.Value, StringComparison.Ordinal);
        Assert.Contains("KIBHR", field.Value, StringComparison.Ordinal);
        var row = Assert.Single(message.Components!);
        Assert.Equal(DiscordComponent.ActionRowType, row.Type);
        var button = Assert.Single(row.Components!);
        Assert.Equal("Paragraph [1]", button.Label);
        Assert.Equal(DiscordPassageButtonId.Create(1, TestAnswers.TorturePassageId), button.CustomId);
        Assert.Null(message.Content);
        Assert.Null(message.Flags);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Fact]
    public void FormatAnswer_SourceWithAPage_FieldOpensWithTheSectionMaskedLinkingIt()
    {
        var answer = TestAnswers.KazakhstanTorture with { Sources = [TestAnswers.KazakhstanTorture.Sources[0] with { Url = TestAnswers.TortureLink }] };

        var field = Assert.Single(DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, answer, ephemeral: false).Embeds![0].Fields!);

        Assert.StartsWith($"[{TestAnswers.TortureSection}]({TestAnswers.TortureLink})\n", field.Value, StringComparison.Ordinal);
        Assert.Contains("KIBHR", field.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "https://example.org/r#:~:text=a", "[Report page](https://example.org/r#:~:text=a)")]
    [InlineData("Section [1] *Torture*", "https://example.org/r", "[Section \\[1\\] \\*Torture\\*](https://example.org/r)")]
    [InlineData("Section 1", "https://example.org/wiki/A_(b)", "[Section 1](https://example.org/wiki/A_%28b%29)")]
    public void FormatAnswer_LinkedSection_LabelAndAddressCannotEndTheLinkEarly(string section, string url, string expected)
    {
        var answer = new Answer(AnswerStatus.Answered, "Text [1]", [new AnswerSource(1, "p1", "Kazakhstan", 2016, section, 0.5, "Police detained protesters.", url)]);

        var field = Assert.Single(DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, answer, ephemeral: false).Embeds![0].Fields!);

        Assert.Equal(expected + "\nPolice detained protesters.", field.Value);
    }

    [Fact]
    public void FormatAnswer_LinkLongerThanAFieldHolds_SectionStaysPlainText()
    {
        var url = "https://example.org/r#:~:text=" + new string('a', 1100);
        var answer = TestAnswers.KazakhstanTorture with { Sources = [TestAnswers.KazakhstanTorture.Sources[0] with { Url = url }] };

        var field = Assert.Single(DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, answer, ephemeral: false).Embeds![0].Fields!);

        Assert.StartsWith(TestAnswers.TortureSection + "\n", field.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_Ephemeral_SetsFlag64()
    {
        var message = DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, TestAnswers.KazakhstanTorture, ephemeral: true);

        Assert.Equal(64, message.Flags);
        Assert.True(message.IsEphemeral);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 5000)]
    [InlineData(10, 10_000)]
    [InlineData(25, 50_000)]
    public void FormatAnswer_HugeAnswer_StaysWithinEveryEmbedLimit(int sources, int textLength)
    {
        var question = new Question(new string('q', 1000));

        var message = DiscordAnswerFormatter.FormatAnswer(question.Text, TestAnswers.Huge(sources, textLength, TestAnswers.TortureLink), ephemeral: false);

        var embed = Assert.Single(message.Embeds!);
        Assert.True(embed.Title!.Length <= 256, $"title {embed.Title.Length}");
        Assert.True(embed.Description!.Length <= 4096, $"description {embed.Description.Length}");
        Assert.True(embed.Fields!.Count <= 25);
        Assert.All(embed.Fields, f => Assert.True(f.Name.Length <= 256 && f.Value.Length <= 1024, $"field {f.Name.Length}/{f.Value.Length}"));
        Assert.True(embed.TotalLength <= 6000, $"total {embed.TotalLength}");
        Assert.True(embed.Description.Length >= Math.Min(1000, textLength), "the answer keeps real room next to many sources");
        Assert.All(embed.Fields, f => Assert.Contains($"]({TestAnswers.TortureLink})", f.Value, StringComparison.Ordinal));
        Assert.All(message.Components!, row => Assert.True(row.Components!.Count <= 5));
        Assert.True(message.Components!.Count <= 5);
    }

    [Fact]
    public void FormatAnswer_NotCovered_SaysSoWithHintAndNoButtons()
    {
        var message = DiscordAnswerFormatter.FormatAnswer("what is the weather on Mars?", TestAnswers.NotCovered, ephemeral: false);

        var embed = Assert.Single(message.Embeds!);
        Assert.Contains("do not seem to cover", embed.Description, StringComparison.Ordinal);
        Assert.Contains("prison conditions", embed.Description, StringComparison.Ordinal);
        Assert.Null(embed.Fields);
        Assert.Null(message.Components);
        Assert.Empty(message.AllowedMentions.Parse);
    }

    [Fact]
    public void FormatAnswer_Rejected_IsAPrivateNotice()
    {
        var rejected = new Answer(AnswerStatus.Rejected, "Please ask a question.", []);

        var message = DiscordAnswerFormatter.FormatAnswer(" ", rejected, ephemeral: false);

        Assert.Equal("Please ask a question.", message.Content);
        Assert.Equal(64, message.Flags);
        Assert.Null(message.Embeds);
    }

    [Fact]
    public void FormatAnswer_MarkdownInReportText_IsEscaped()
    {
        var answer = TestAnswers.KazakhstanTorture with { Text = "Officials said **nothing** [1]" };

        var message = DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, answer, ephemeral: false);

        Assert.Equal("Officials said \\*\\*nothing\\*\\* [1]", message.Embeds![0].Description);
    }

    [Fact]
    public void FormatAnswer_MultiLineQuestion_BecomesOneLineTitle()
    {
        var message = DiscordAnswerFormatter.FormatAnswer("how many\n torture   complaints?", TestAnswers.KazakhstanTorture, ephemeral: false);

        Assert.Equal("how many torture complaints?", message.Embeds![0].Title);
    }

    [Fact]
    public void FormatAnswer_SummarizedAnswer_SaysSoInFooter()
    {
        var answer = TestAnswers.KazakhstanTorture with { Summarized = true };

        var message = DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, answer, ephemeral: false);

        Assert.EndsWith("summarized", message.Embeds![0].Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPassage_Passage_ShowsWholeParagraphPrivately()
    {
        var message = DiscordAnswerFormatter.FormatPassage(TestAnswers.TorturePassage, 2);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("[2] Kazakhstan 2016", embed.Title);
        Assert.Equal(TestAnswers.TortureParagraph, embed.Description);
        Assert.Equal(TestAnswers.TortureSection, Assert.Single(embed.Fields!).Value);
        Assert.Equal(64, message.Flags);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(embed.Url);
    }

    [Fact]
    public void FormatPassage_PassageWithAPage_TitleLinksToIt()
    {
        var message = DiscordAnswerFormatter.FormatPassage(TestAnswers.TorturePassage with { Url = TestAnswers.TortureLink }, 1);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(TestAnswers.TortureLink, embed.Url);
        Assert.Contains($"\"url\":\"{TestAnswers.TortureLink}\"", JsonSerializer.Serialize(embed, DiscordJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_ServerDefaultUsed_FooterNamesIt()
    {
        var message = DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, TestAnswers.KazakhstanTorture, ephemeral: false, serverDefault: "Kazakhstan");

        Assert.StartsWith("Server default: Kazakhstan · Country Reports", message.Embeds![0].Footer!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Server default", DiscordAnswerFormatter.FormatAnswer(TortureQuestion.Text, TestAnswers.KazakhstanTorture, ephemeral: false).Embeds![0].Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_Comparison_OneLinePerReportAndEverySourceListed()
    {
        var message = DiscordAnswerFormatter.FormatAnswer("torture complaints 2016 vs 2024", TestAnswers.KazakhstanComparison, ephemeral: false);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(
            ["**Kazakhstan 2016:** The prosecutor general registered 600 torture complaints on average per year. [1]", "**Kazakhstan 2024:** The 2024 report does not discuss this."],
            embed.Description!.Split('\n'));
        Assert.Equal("[1] Kazakhstan 2016", Assert.Single(embed.Fields!).Name);
    }

    [Theory]
    [InlineData(2, 3000)]
    [InlineData(4, 5000)]
    [InlineData(8, 20_000)]
    public void FormatAnswer_HugeComparison_StaysWithinEveryEmbedLimitWithALinePerReport(int parts, int lineLength)
    {
        var sentence = "Officials detained protesters in the capital. ";
        var line = string.Concat(Enumerable.Repeat(sentence, (lineLength / sentence.Length) + 1));
        var huge = TestAnswers.Huge(parts * 2, 10, TestAnswers.TortureLink);
        var answer = huge with
        {
            Comparison = Enumerable.Range(0, parts).Select(i => new ComparisonPart("Kazakhstan", 2016 + i, true, $"Kazakhstan {2016 + i}: {line}[{(2 * i) + 1}]", huge.Sources.Skip(2 * i).Take(2).ToList())).ToList(),
        };

        var embed = Assert.Single(DiscordAnswerFormatter.FormatAnswer(new string('q', 300), answer, ephemeral: false).Embeds!);

        Assert.True(embed.Description!.Length <= 4096, $"description {embed.Description.Length}");
        Assert.True(embed.TotalLength <= 6000, $"total {embed.TotalLength}");
        Assert.All(embed.Fields!, f => Assert.True(f.Value.Length <= 1024));
        var lines = embed.Description.Split('\n');
        Assert.Equal(parts, lines.Length);
        Assert.All(lines, (l, i) => Assert.StartsWith($"**Kazakhstan {2016 + i}:** Officials", l, StringComparison.Ordinal));
        Assert.All(lines, (l, i) => Assert.EndsWith($"[{(2 * i) + 1}]", l, StringComparison.Ordinal));
    }
}
