using RightsBot.Core.Answering;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Answering.Pipeline;

/// <summary>Russian and Kazakh questions through the whole pipeline over the seed excerpt, with no translator.</summary>
public sealed class TranslateStageTests
{
    private static readonly Lazy<QuestionAnswerer> Excerpt = new(() => AnswererFixture.Create(TestPaths.SeedExcerpt));

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

    [Theory]
    [InlineData("есть ли политзаключенные в армении")]
    [InlineData("арменияда саяси тұтқындар бар ма")]
    public async Task AnswerAsync_CountryWithoutAReport_ToldSoNotAnsweredFromAnother(string question)
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(RefusalReason.NoReport, answer.Refusal);
    }

    [Fact]
    public async Task AnswerAsync_EnglishQuestion_UntouchedByTheGlossary()
    {
        var answer = await Excerpt.Value.AnswerAsync(new Question("How many torture complaints does the prosecutor general register a year?"));

        Assert.Equal(Language.English, answer.Language);
        Assert.Contains("600 torture complaints", answer.Sources[0].Text, StringComparison.Ordinal);
    }
}
