using RightsBot.Core.Answering;

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
}
