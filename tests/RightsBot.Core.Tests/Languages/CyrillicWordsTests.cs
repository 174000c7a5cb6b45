using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class CyrillicWordsTests
{
    [Theory]
    [InlineData("Что происходит с журналистами?", "что|происходит|с|журналистами")]
    [InlineData("Ещё в Нур-Султане, 2019 году!", "еще|в|нур-султане|2019|году")]
    [InlineData("чё там - с НКО", "че|там|с|нко")]
    [InlineData("что было в 2017-м и 2019-шы жылы", "что|было|в|2017|и|2019|жылы")]
    [InlineData("в 2016й и 16го, 27к", "в|2016|и|16|27")]
    [InlineData("COVID19 и G7", "covid19|и|g7")]
    [InlineData("Қазақстан’да LGBT", "қазақстанда|lgbt")]
    [InlineData("   ", "")]
    public void Tokens_Text_LowerCaseWordsWithYoAsYe(string text, string expected)
        => Assert.Equal(expected, string.Join('|', CyrillicWords.Tokens(text)));

    [Theory]
    [InlineData("қазақстан", "казакстан")]
    [InlineData("өзбекстан", "озбекстан")]
    [InlineData("бостандығы", "бостандыгы")]
    [InlineData("түрме", "турме")]
    [InlineData("әйел", "айел")]
    [InlineData("мұнайшы", "мунайшы")]
    [InlineData("құқық", "кукык")]
    [InlineData("іс", "ис")]
    [InlineData("журналист", "журналист")]
    public void FoldKazakh_KazakhLetters_NearestRussianOnes(string word, string expected)
        => Assert.Equal(expected, CyrillicWords.FoldKazakh(word));

    [Theory]
    [InlineData('қ', true)]
    [InlineData('Ө', true)]
    [InlineData('і', true)]
    [InlineData('к', false)]
    [InlineData('и', false)]
    public void IsKazakhLetter_Letter_OnlyKazakhsOwn(char letter, bool expected)
        => Assert.Equal(expected, CyrillicWords.IsKazakhLetter(letter));
}
