using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Answering.Pipeline;

/// <summary>Russian and Kazakh questions through the whole pipeline over the seed excerpt, with no translator.</summary>
public sealed class TranslateStageTests
{
    private static readonly Lazy<QuestionAnswerer> Excerpt = new(() => AnswererFixture.Create(TestPaths.SeedExcerpt));

    // Kazakhstan's four reports: a question naming the country is answered from the latest that covers it.
    private static readonly Lazy<QuestionAnswerer> Corpus = new(() => AnswererFixture.Create(TestPaths.Corpus));

    [Theory]
    [InlineData("сколько жалоб на пытки в среднем регистрирует генеральная прокуратура за год", "600 torture complaints", Language.Russian)]
    [InlineData("какие условия в тюрьмах", "Prison conditions were generally harsh", Language.Russian)]
    [InlineData("бас прокуратура жылына азаптау туралы қанша шағым тіркейді", "600 torture complaints", Language.Kazakh)]
    [InlineData("түрмелердегі жағдай қандай", "Prison conditions were generally harsh", Language.Kazakh)]
    public async Task AnswerAsync_RussianOrKazakhQuestion_AnsweredFromTheEnglishReport(string question, string expected, Language language)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(language, answer.Language);
        Assert.Contains(answer.Sources.Take(3), s => s.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_NameInCyrillic_FoundInTheReportsSpelling()
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("к чему приговорили Хакимова"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Hakimov", answer.Sources[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WordsTheGlossaryDoesNotKnow_RefusedAsNotUnderstoodNamingThem()
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("кукарямбы фывапролят жмыховато"));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(RefusalReason.NotUnderstood, answer.Refusal);
        Assert.Empty(answer.Sources);
        Assert.Contains("кукарямбы", answer.Hint, StringComparison.Ordinal);
    }

    // A person the reports never name is said to be absent, not answered about someone else; "до суда" is a court,
    // not Sudan (which has no report here).
    [Theory]
    [InlineData("к чему приговорили журналиста бишимбаева", RefusalReason.AbsentName)]
    [InlineData("бишімбаевтың ісі бойынша үкім қандай", RefusalReason.AbsentName)]
    public async Task AnswerAsync_SurnameTheReportsNeverUse_RefusedAsAbsent(string question, RefusalReason reason)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(reason, answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_TortureCasesThatReachedCourt_AnsweredNotSudan()
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("сколько дел о пытках дошло до суда"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.All(answer.Sources, s => Assert.Equal("Kazakhstan 2016", s.Report));
    }

    [Theory]
    [InlineData("есть ли политзаключенные в армении")]
    [InlineData("арменияда саяси тұтқындар бар ма")]
    public async Task AnswerAsync_CountryWithoutAReport_ToldSoNotAnsweredFromAnother(string question)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(RefusalReason.NoReport, answer.Refusal);
    }

    // The bot's own words follow the question; the quotes stay the report's English.
    [Theory]
    [InlineData("какие условия в тюрьмах казахстана", Language.Russian, "^В докладе за 2024 год")]
    [InlineData("қазақстандағы түрмелердегі жағдай қандай", Language.Kazakh, "^2024 жылғы баяндамада")]
    [InlineData("what are prison conditions in kazakhstan", Language.English, "^(In the|The) 2024 report")]
    public async Task AnswerAsync_QuestionInALanguage_YearNoteInItQuotesInEnglish(string question, Language language, string note)
    {
        var answer = await Corpus.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(language, answer.ReplyLanguage);
        Assert.Matches(note, answer.YearNote);
        Assert.StartsWith(answer.YearNote + " ", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCyrillic}", answer.Text[answer.YearNote!.Length..]); // the quoted sentences are the report's
    }

    [Theory]
    [InlineData(null, Language.Russian, "Не удалось разобрать слова: кукарямбы")]
    [InlineData(Language.Kazakh, Language.Russian, "Не удалось разобрать слова: кукарямбы")]
    public async Task AnswerAsync_RussianNotUnderstood_RefusalAndHintInRussian(Language? user, Language expected, string hint)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("кукарямбы фывапролят жмыховато") { UserLanguage = user });

        Assert.Equal(expected, answer.ReplyLanguage);
        Assert.Equal(BotTexts.For(expected)["not-understood"], answer.Text);
        Assert.StartsWith(hint, answer.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "The reports I have do not seem to cover that.")]
    [InlineData(Language.Russian, "Похоже, в моих докладах об этом ничего нет.")]
    [InlineData(Language.Kazakh, "Менің баяндамаларымда бұл туралы ештеңе жоқ сияқты.")]
    public async Task AnswerAsync_EnglishQuestionNotCovered_InTheUsersLanguage(Language? user, string expected)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("What is the best recipe for chocolate cake in Kazakhstan?") { UserLanguage = user });

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(expected, answer.Text);
        Assert.Equal(user ?? Language.English, answer.ReplyLanguage);
    }

    [Fact]
    public async Task AnswerAsync_EnglishQuestion_UntouchedByTheGlossary()
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("How many torture complaints does the prosecutor general register a year?"));

        Assert.Equal(Language.English, answer.Language);
        Assert.Contains("600 torture complaints", answer.Sources[0].Text, StringComparison.Ordinal);
    }
}
