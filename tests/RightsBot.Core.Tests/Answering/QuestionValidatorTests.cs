using RightsBot.Core.Answering;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Answering;

public sealed class QuestionValidatorTests
{
    private const int MaxLength = 20;

    [Theory]
    [InlineData("Is torture common?", null)]
    [InlineData("  torture   in   Chad ", null)]
    [InlineData(null, "Please type a question, for example: \"How are prison conditions in Kazakhstan?\"")]
    [InlineData("", "Please type a question, for example: \"How are prison conditions in Kazakhstan?\"")]
    [InlineData(" \t\n ", "Please type a question, for example: \"How are prison conditions in Kazakhstan?\"")]
    [InlineData("\u200B\u0007", "Please type a question, for example: \"How are prison conditions in Kazakhstan?\"")]
    [InlineData("?!?! ...", "Please ask in words, for example: \"Are journalists detained in Nigeria?\"")]
    [InlineData("How are prisons in Kazakhstan?", "That question is 30 characters long; please shorten it to at most 20.")]
    public void Validate_Input_OneMessageOrNull(string? text, string? expected)
        => Assert.Equal(expected, QuestionValidator.Validate(text, MaxLength));

    [Fact]
    public void Validate_LengthCountsTheCleanedText_SpacesAndControlCharactersDoNotCount()
        => Assert.Null(QuestionValidator.Validate("torture \u0000\u0000\u0000      in       Chad", MaxLength));

    [Theory]
    [InlineData("  a\tb\r\nc  ", "a b c")]
    [InlineData("torture\u200Bin\u0007 Kazakhstan", "torturein Kazakhstan")]
    [InlineData(null, "")]
    public void Clean_Text_DropsControlCharactersAndCollapsesWhitespace(string? text, string expected)
        => Assert.Equal(expected, QuestionValidator.Clean(text));

    // The message speaks the question's language when it is Russian or Kazakh, else the user's, else English.
    [Theory]
    [InlineData("какие условия в тюрьмах казахстана", null, "Вопрос слишком длинный (символов: 34, можно не больше: 10). Сократите его, пожалуйста.")]
    [InlineData("түрмедегі жағдай қандай", null, "Сұрақта 23 таңба бар; оны 10 таңбаға дейін қысқартыңыз.")]
    [InlineData("prison conditions in kazakhstan", Language.Russian, "Вопрос слишком длинный (символов: 31, можно не больше: 10). Сократите его, пожалуйста.")]
    [InlineData("prison conditions in kazakhstan", null, "That question is 31 characters long; please shorten it to at most 10.")]
    public void Validate_TooLong_InTheReplysLanguage(string text, Language? user, string expected)
        => Assert.Equal(expected, QuestionValidator.Validate(text, 10, user));

    [Theory]
    [InlineData(Language.Kazakh, "Сұрақ жазыңыз, мысалы: «Қазақстан түрмелеріндегі жағдай қандай?»")]
    [InlineData(Language.Russian, "Напишите вопрос, например: «Какие условия в тюрьмах Казахстана?»")]
    public void Validate_EmptyFromAUserInAnotherLanguage_InTheirLanguage(Language user, string expected)
        => Assert.Equal(expected, QuestionValidator.Validate("   ", 500, user));
}
