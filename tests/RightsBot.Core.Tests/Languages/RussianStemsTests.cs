using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class RussianStemsTests
{
    [Theory]
    [InlineData("журналист", "журналистами")]
    [InlineData("журналист", "журналистов")]
    [InlineData("пытка", "пытки")]
    [InlineData("пытка", "пытками")]
    [InlineData("тюрьма", "тюрьмах")]
    [InlineData("свобода", "свободы")]
    [InlineData("задержать", "задержали")]
    [InlineData("политический", "политических")]
    public void Stem_FormOfAWord_SameStemAsItsDictionaryForm(string dictionary, string form)
        => Assert.Equal(RussianStems.Stem(dictionary), RussianStems.Stem(form));

    [Theory]
    [InlineData("суд", "суп")]
    [InlineData("пытка", "пыль")]
    [InlineData("выборы", "выход")]
    public void Stem_DifferentWords_DifferentStems(string one, string other)
        => Assert.NotEqual(RussianStems.Stem(one), RussianStems.Stem(other));

    [Theory]
    [InlineData("2016")]
    [InlineData("ли")]
    public void Stem_NumberOrShortWord_AsItIs(string word)
        => Assert.Equal(word, RussianStems.Stem(word));
}
