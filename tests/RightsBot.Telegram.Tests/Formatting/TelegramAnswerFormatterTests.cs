using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Telegram.Formatting;
using Telegram.Bot.Types.InlineQueryResults;

namespace RightsBot.Telegram.Tests.Formatting;

public sealed class TelegramAnswerFormatterTests
{
    private const string Link = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=The%20prosecutor%20general%20indicated,on%20average%20per%20year.";

    private static AnswerSource Source(int rank, string id = "kz2016-p1", string text = "Passage text.", string section = "Section 1 › c. Torture", string? url = null)
        => new(rank, id, "Kazakhstan", 2016, section, 0.5, text, url);

    [Fact]
    public void FormatAnswer_SourcesWithAPage_EachLabelLinksToItsPassage()
    {
        var answer = new Answer(AnswerStatus.Answered, "Complaints rose [1].", [Source(1, "a1", url: Link), Source(2, "b2", section: "A & <B>")]);

        var reply = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer));

        Assert.EndsWith(
            $"<b>Sources</b>\n[1] <a href=\"{Link}\">Kazakhstan 2016 · Section 1 › c. Torture</a>\n[2] Kazakhstan 2016 · A &amp; &lt;B&gt;",
            reply.Html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_LinkedSourcesAfterALongAnswer_EveryLinkWhole()
    {
        var text = string.Join(' ', Enumerable.Repeat("The commission registered many complaints & appeals.", 75));
        var answer = new Answer(AnswerStatus.Answered, text, [.. Enumerable.Range(1, 3).Select(i => Source(i, $"id{i}", url: Link + i))]);

        var replies = TelegramAnswerFormatter.FormatAnswer(answer);

        Assert.True(replies.Count >= 2);
        var html = string.Concat(replies.Select(r => r.Html));
        Assert.All(Enumerable.Range(1, 3), i => Assert.Contains($"[{i}] <a href=\"{Link}{i}\">Kazakhstan 2016 · Section 1 › c. Torture</a>", html, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Equal(CountOf(r.Html, "<a "), CountOf(r.Html, "</a>")));
    }

    [Fact]
    public void FormatAnswer_Answered_AnswerThenNumberedSourcesThenButtons()
    {
        var answer = new Answer(AnswerStatus.Answered, "Complaints rose [1][2].", [Source(1, "a1"), Source(2, "b2")]);

        var reply = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer));

        Assert.Equal(
            "Complaints rose [1][2].\n\n<b>Sources</b>\n[1] Kazakhstan 2016 · Section 1 › c. Torture\n[2] Kazakhstan 2016 · Section 1 › c. Torture",
            reply.Html);
        var buttons = Assert.Single(reply.Keyboard!.InlineKeyboard).ToList();
        Assert.Equal(["Full paragraph [1]", "Full paragraph [2]"], buttons.Select(b => b.Text));
        Assert.Equal(["p:a1", "p:b2"], buttons.Select(b => b.CallbackData));
    }

    [Theory]
    [InlineData("Use <script> & \"quotes\"", "Use &lt;script&gt; &amp; &quot;quotes&quot;")]
    [InlineData("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;")]
    public void FormatAnswer_MarkupInAnswerAndSources_IsEscaped(string text, string escaped)
    {
        var answer = new Answer(AnswerStatus.Answered, text, [Source(1, section: "A & <B>")]);

        var html = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer)).Html;

        Assert.StartsWith(escaped, html, StringComparison.Ordinal);
        Assert.Contains("[1] Kazakhstan 2016 · A &amp; &lt;B&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnswerStatus.NotCovered, "The reports do not seem to cover that.", "They cover torture & prisons.", "The reports do not seem to cover that.\n\n<i>They cover torture &amp; prisons.</i>")]
    [InlineData(AnswerStatus.NotCovered, "Not covered.", null, "Not covered.")]
    [InlineData(AnswerStatus.Rejected, "Please ask a question.", null, "Please ask a question.")]
    public void FormatAnswer_NotAnswered_TextAndHintWithoutButtons(AnswerStatus status, string text, string? hint, string expected)
    {
        var reply = Assert.Single(TelegramAnswerFormatter.FormatAnswer(new Answer(status, text, [], hint)));

        Assert.Equal(expected, reply.Html);
        Assert.Null(reply.Keyboard);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(4, 2, 3)]
    [InlineData(7, 3, 3)]
    public void FormatAnswer_SourceCount_ButtonsInRowsOfAtMostThree(int sources, int rows, int widestRow)
    {
        var answer = new Answer(AnswerStatus.Answered, "x", Enumerable.Range(1, sources).Select(i => Source(i, $"id{i}")).ToList());

        var keyboard = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer)).Keyboard!;

        Assert.Equal(rows, keyboard.InlineKeyboard.Count());
        Assert.Equal(widestRow, keyboard.InlineKeyboard.Max(r => r.Count()));
        Assert.All(keyboard.InlineKeyboard.SelectMany(r => r), b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void FormatAnswer_FeedbackSwitch_AddsAThumbsRowOnlyWhenOn(bool withFeedback, int rows)
    {
        var answer = new Answer(AnswerStatus.Answered, "x", [Source(1, "a1"), Source(2, "b2")]);

        var keyboard = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer, withFeedback)).Keyboard!;

        Assert.Equal(rows, keyboard.InlineKeyboard.Count());
        Assert.Equal(withFeedback, keyboard.InlineKeyboard.Last().Any(b => b.Text == "👍"));
    }

    [Fact]
    public void FormatAnswer_PassageIdTooLongForCallback_LeavesThatButtonOut()
    {
        var answer = new Answer(AnswerStatus.Answered, "x", [Source(1, new string('z', 100)), Source(2, "ok")]);

        var button = Assert.Single(Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer)).Keyboard!.InlineKeyboard.SelectMany(r => r));

        Assert.Equal("Full paragraph [2]", button.Text);
    }

    [Fact]
    public void FormatAnswer_LongerThanOneMessage_SplitsAndPutsButtonsOnTheLastPart()
    {
        var text = string.Join(' ', Enumerable.Repeat("The commission registered many complaints & appeals.", 200));
        var answer = new Answer(AnswerStatus.Answered, text, [Source(1)]);

        var replies = TelegramAnswerFormatter.FormatAnswer(answer);

        Assert.True(replies.Count >= 3);
        Assert.All(replies, r => Assert.InRange(r.Html.Length, 1, TelegramAnswerFormatter.MaxMessageLength));
        Assert.All(replies.SkipLast(1), r => Assert.Null(r.Keyboard));
        Assert.NotNull(replies[^1].Keyboard);
        Assert.All(replies.SkipLast(1), r => Assert.EndsWith(".", r.Html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Complaints rose [1]", "Complaints rose [1] …")]
    [InlineData("  a <b> & c  ", "a &lt;b&gt; &amp; c …")]
    public void FormatPartial_GrowingSummary_EscapedAndMarkedUnfinished(string text, string expected)
    {
        var answer = new Answer(AnswerStatus.Answered, text, [Source(1)], Summarized: true, Partial: true);

        Assert.Equal(expected, TelegramAnswerFormatter.FormatPartial(answer));
    }

    [Fact]
    public void FormatPartial_LongerThanOneMessage_TrimmedToTheLimit()
    {
        var answer = new Answer(AnswerStatus.Answered, new string('"', 5000), [Source(1)], Summarized: true, Partial: true);

        var html = TelegramAnswerFormatter.FormatPartial(answer);

        Assert.InRange(html.Length, TelegramAnswerFormatter.MaxMessageLength - 8, TelegramAnswerFormatter.MaxMessageLength);
        Assert.EndsWith("&quot; …", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPartial_WithHeading_HeadingFirstAndStillWithinTheLimit()
    {
        var answer = new Answer(AnswerStatus.Answered, new string('a', 5000), [Source(1)], Summarized: true, Partial: true);

        var html = TelegramAnswerFormatter.FormatPartial(answer, "Country: Kazakhstan · 2016");

        Assert.StartsWith("<i>Country: Kazakhstan · 2016</i>\n\naaa", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, TelegramAnswerFormatter.MaxMessageLength - 8, TelegramAnswerFormatter.MaxMessageLength);
    }

    [Theory]
    [InlineData(null, "Complaints rose [1].")]
    [InlineData("  ", "Complaints rose [1].")]
    [InlineData("Country: Kazakhstan · latest report", "<i>Country: Kazakhstan · latest report</i>\n\nComplaints rose [1].")]
    [InlineData("Country: Bosnia & Herzegovina · 2016", "<i>Country: Bosnia &amp; Herzegovina · 2016</i>\n\nComplaints rose [1].")]
    public void FormatAnswer_Heading_TheFirstLineInItalicsEscaped(string? heading, string start)
    {
        var answer = new Answer(AnswerStatus.Answered, "Complaints rose [1].", [Source(1)]);

        var reply = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer, heading: heading));

        Assert.StartsWith(start + "\n\n<b>Sources</b>", reply.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_Comparison_OneParagraphAReportItsLabelBold()
    {
        var first = new AnswerSource(1, "kz16", "Kazakhstan", 2016, "Section 1 › c. Torture", 0.5, "t");
        var second = new AnswerSource(2, "kz23", "Kazakhstan", 2023, "Section 1 › c. Torture", 0.5, "t");
        ComparisonPart[] parts =
        [
            new("Kazakhstan", 2016, true, "Kazakhstan 2016: 600 complaints a year <registered> [1]", [first]),
            new("Kazakhstan", 2022, false, "Kazakhstan 2022: The 2022 report does not discuss this.", []),
            new("Kazakhstan", 2023, true, "Kazakhstan: The 2024 report does not discuss this; 2023 says 283 complaints [2]", [second]),
        ];
        var answer = new Answer(AnswerStatus.Answered, string.Join('\n', parts.Select(p => p.Text)), [first, second]) { Comparison = parts };

        var reply = Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer));

        Assert.StartsWith(
            "<b>Kazakhstan 2016:</b> 600 complaints a year &lt;registered&gt; [1]\n\n"
            + "<b>Kazakhstan 2022:</b> The 2022 report does not discuss this.\n\n"
            + "Kazakhstan: The 2024 report does not discuss this; 2023 says 283 complaints [2]\n\n<b>Sources</b>\n[1] Kazakhstan 2016",
            reply.Html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAnswer_SummarizedComparison_TheSummaryAsWritten()
    {
        var source = new AnswerSource(1, "kz16", "Kazakhstan", 2016, "S", 0.5, "t");
        var answer = new Answer(AnswerStatus.Answered, "Complaints fell from 2016 to 2023 [1].", [source], Summarized: true)
        {
            Comparison = [new("Kazakhstan", 2016, true, "Kazakhstan 2016: x [1]", [source])],
        };

        Assert.StartsWith("Complaints fell from 2016 to 2023 [1].\n\n", Assert.Single(TelegramAnswerFormatter.FormatAnswer(answer)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPassage_Passage_BoldHeadingThenEscapedText()
    {
        var passage = new PassageView("id", "Kazakhstan", 2016, "Section 2 › b. Assembly", "Police <detained> 5 & more.");

        var reply = Assert.Single(TelegramAnswerFormatter.FormatPassage(passage));

        Assert.Equal("<b>Kazakhstan 2016 · Section 2 › b. Assembly</b>\n\nPolice &lt;detained&gt; 5 &amp; more.", reply.Html);
    }

    [Fact]
    public void FormatPassage_PassageWithAPage_HeadingLinksToIt()
    {
        var passage = new PassageView("id", "Kazakhstan", 2016, "Section 2 › b. Assembly", "Police detained protesters.", Link);

        var reply = Assert.Single(TelegramAnswerFormatter.FormatPassage(passage));

        Assert.Equal($"<b><a href=\"{Link}\">Kazakhstan 2016 · Section 2 › b. Assembly</a></b>\n\nPolice detained protesters.", reply.Html);
    }

    [Fact]
    public void FormatInlineResults_SourceWithAPage_MessageHeadingLinksToItWithoutAPreview()
    {
        var answer = new Answer(AnswerStatus.Answered, "x", [Source(1, "id1", "Text", url: Link)]);

        var article = (InlineQueryResultArticle)Assert.Single(TelegramAnswerFormatter.FormatInlineResults(answer));

        var content = Assert.IsType<InputTextMessageContent>(article.InputMessageContent);
        Assert.Equal($"<b><a href=\"{Link}\">Kazakhstan 2016 · Section 1 › c. Torture</a></b>\n\nText", content.MessageText);
        Assert.True(content.LinkPreviewOptions?.IsDisabled);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    [InlineData(8, 5)]
    public void FormatInlineResults_Sources_AtMostFiveArticlesWithCitations(int sources, int expected)
    {
        var answer = new Answer(AnswerStatus.Answered, "x", Enumerable.Range(1, sources).Select(i => Source(i, $"id{i}", "Text & more")).ToList());

        var results = TelegramAnswerFormatter.FormatInlineResults(answer);

        Assert.Equal(expected, results.Count);
        Assert.All(results.Cast<InlineQueryResultArticle>(), article =>
        {
            Assert.Equal("Kazakhstan 2016 · Section 1 › c. Torture", article.Title);
            var content = Assert.IsType<InputTextMessageContent>(article.InputMessageContent);
            Assert.Equal("<b>Kazakhstan 2016 · Section 1 › c. Torture</b>\n\nText &amp; more", content.MessageText);
            Assert.True(Encoding.UTF8.GetByteCount(article.Id) <= 64);
        });
        Assert.Equal(results.Count, results.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Section 2 › b. Assembly", "Kazakhstan 2016 · Section 2 › b. Assembly")]
    [InlineData("", "Kazakhstan 2016")]
    public void FormatInlineResults_Section_TitleAndHeadingAreTheCitationLabel(string section, string label)
    {
        var source = new AnswerSource(1, "id1", "Kazakhstan", 2016, section, 1, "Text");

        var article = (InlineQueryResultArticle)Assert.Single(TelegramAnswerFormatter.FormatInlineResults(new Answer(AnswerStatus.Answered, "x", [source])));

        Assert.Equal(label, article.Title);
        Assert.Equal($"<b>{label}</b>\n\nText", Assert.IsType<InputTextMessageContent>(article.InputMessageContent).MessageText);
    }

    [Fact]
    public void FormatInlineResults_NotCovered_NoResults()
        => Assert.Empty(TelegramAnswerFormatter.FormatInlineResults(new Answer(AnswerStatus.NotCovered, "no", [])));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
