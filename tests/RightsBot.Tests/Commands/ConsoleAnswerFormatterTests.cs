using RightsBot.Commands;
using RightsBot.Core.Answering;
using RightsBot.Core.Languages;

namespace RightsBot.Tests.Commands;

public sealed class ConsoleAnswerFormatterTests
{
    [Theory]
    [InlineData("Section 2.b Freedom of Assembly", 3, "[3] Kazakhstan 2016 · Section 2.b Freedom of Assembly")]
    [InlineData("", 1, "[1] Kazakhstan 2016")]
    public void Format_Passage_HeadedByTheNumberedCitationLabel(string section, int rank, string heading)
    {
        var passage = new PassageView("kazakhstan-2016.40", "Kazakhstan", 2016, section, "Police detained protesters.");

        var nl = Environment.NewLine;
        Assert.Equal($"{heading}{nl}{nl}Police detained protesters.{nl}", ConsoleAnswerFormatter.Format(passage, rank));
    }

    [Fact]
    public void Format_PassageWithALink_PrintsItUnderTheHeading()
    {
        const string url = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/#:~:text=Police%20detained%20protesters.";
        var passage = new PassageView("kazakhstan-2016.40", "Kazakhstan", 2016, "Section 2.b Freedom of Assembly", "Police detained protesters.", url);

        var nl = Environment.NewLine;
        Assert.Equal($"[2] Kazakhstan 2016 · Section 2.b Freedom of Assembly{nl}{url}{nl}{nl}Police detained protesters.{nl}", ConsoleAnswerFormatter.Format(passage, 2));
    }

    [Fact]
    public void Format_Answer_SourcesAreTheirCitations()
    {
        var answer = new Answer(AnswerStatus.Answered, "Complaints rose [1].", [new AnswerSource(1, "id", "Kazakhstan", 2016, "Section 1.c Torture", 1, "t")]);

        Assert.EndsWith($"Sources:{Environment.NewLine}[1] Kazakhstan 2016 · Section 1.c Torture{Environment.NewLine}", ConsoleAnswerFormatter.Format(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Sources:", null)]
    [InlineData(Language.Russian, "Источники:", "Доклады написаны на английском")]
    [InlineData(Language.Kazakh, "Дереккөздер:", "Баяндамалар ағылшын тілінде")]
    public void Format_Answer_HeadingAndNoteInTheReplyLanguageQuotesAsIs(Language language, string heading, string? note)
    {
        var answer = new Answer(AnswerStatus.Answered, "Complaints rose [1].", [new AnswerSource(1, "id", "Kazakhstan", 2016, "Section 1.c Torture", 1, "t")]) { ReplyLanguage = language };

        var text = ConsoleAnswerFormatter.Format(answer);

        Assert.Contains($"{heading}{Environment.NewLine}[1] Kazakhstan 2016 · Section 1.c Torture", text, StringComparison.Ordinal);
        Assert.StartsWith("Complaints rose [1].", text, StringComparison.Ordinal);
        Assert.Equal(note is not null, text.Contains(note ?? "Доклады", StringComparison.Ordinal));
    }
}
