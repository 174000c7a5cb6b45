using RightsBot.Core.Conversation;
using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Answering.Pipeline;

public class NormaliseStageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!?")]
    public async Task RunAsync_NoWords_RejectedWithoutTranslating(string text)
    {
        var translator = new CountingTranslator("ignored");

        var result = await Stage(translator).RunAsync(new Question(text));

        Assert.NotNull(result.Rejection);
        Assert.Equal(AnswerStatus.Rejected, result.Rejection.Status);
        Assert.Empty(result.Rejection.Sources);
        Assert.Equal(0, translator.Calls);
    }

    [Fact]
    public async Task RunAsync_TooLong_RejectedSayingTheLimit()
    {
        var result = await Stage(maxLength: 20).RunAsync(new Question(new string('a', 21)));

        Assert.Equal(AnswerStatus.Rejected, result.Rejection?.Status);
        Assert.Contains("20", result.Rejection!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are ppl\u0000 detained\u200b   w/o trial?", "are ppl detained w/o trial?", "are people detained without trial?")]
    [InlineData("my brother is doing time in kz", "my brother is doing time in kz", "my brother is in prison in kz")]
    public async Task RunAsync_English_CleansAndSpellsShorthandOutForTheSearchOnly(string text, string cleaned, string searched)
    {
        var result = await Stage().RunAsync(new Question(text));

        Assert.Null(result.Rejection);
        Assert.Equal(cleaned, result.CleanedText);
        Assert.Equal(searched, result.SearchText);
        Assert.Null(result.LanguageHint);
    }

    [Theory]
    [InlineData("Задерживают ли журналистов?", Language.Russian)]
    [InlineData("журналистерді ұстай ма?", Language.Kazakh)]
    public async Task RunAsync_RussianOrKazakhWithoutTranslator_LeftToTheGlossaryWithoutAHint(string question, Language language)
    {
        var result = await Stage().RunAsync(new Question(question));

        Assert.Equal(question, result.SearchText);
        Assert.Equal(language, result.Language);
        Assert.False(result.Translated);
        Assert.Null(result.LanguageHint);
    }

    [Fact]
    public async Task RunAsync_OtherScriptWithoutTranslator_SearchedAsTypedWithAHint()
    {
        var result = await Stage().RunAsync(new Question("هل يتعرض الصحفيون للمضايقة؟"));

        Assert.Equal("هل يتعرض الصحفيون للمضايقة؟", result.SearchText);
        Assert.Equal(Language.Other, result.Language);
        Assert.Equal(BotTexts.English["english-works-best"], result.LanguageHint);
    }

    [Theory]
    [InlineData("Are journalists detained?", "Are journalists detained?")]
    [InlineData(null, "Задерживают ли журналистов?")]
    public async Task RunAsync_OtherScriptWithTranslator_SearchesTheTranslationOrTheTextWhenItFails(string? translation, string searched)
    {
        var translator = new CountingTranslator(translation);

        var result = await Stage(translator).RunAsync(new Question("Задерживают ли журналистов?"));

        Assert.Equal(1, translator.Calls);
        Assert.Equal(searched, result.SearchText);
        Assert.Equal("Задерживают ли журналистов?", result.CleanedText);
        Assert.Equal(translation is not null, result.Translated);
        Assert.Null(result.LanguageHint);
    }

    [Fact]
    public async Task RunAsync_EnglishWithTranslator_NeverTranslated()
    {
        var translator = new CountingTranslator("wrong");

        await Stage(translator).RunAsync(new Question("Are journalists detained in Kazakhstan?"));

        Assert.Equal(0, translator.Calls);
    }

    private static NormaliseStage Stage(IQuestionTranslator? translator = null, int maxLength = 500)
        => new(translator ?? new NoQuestionTranslator(), Options.Create(new LimitsOptions { MaxQuestionLength = maxLength }));

    private sealed class CountingTranslator(string? translation) : IQuestionTranslator
    {
        public int Calls { get; private set; }

        public bool IsEnabled => true;

        public Task<string?> TranslateToEnglishAsync(string questionText, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(translation);
        }
    }
}
