using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class CyrillicTransliteratorTests
{
    [Theory]
    [InlineData("Умарова", "umarova")]
    [InlineData("Жанаозен", "zhanaozen")]
    [InlineData("Жаңаөзен", "zhanaozen")]
    [InlineData("Ермегияев", "yermegiyayev")]
    [InlineData("Караганда", "karaganda")]
    [InlineData("Шымкент", "shymkent")]
    [InlineData("Щучинск", "shchuchinsk")]
    [InlineData("Юрий", "yuriy")]
    [InlineData("Хакимов", "khakimov")]
    [InlineData("Бокаев", "bokayev")]
    [InlineData("Ульяна", "ulyana")]
    [InlineData("Қарағанды", "karagandy")]
    [InlineData("2016", "2016")]
    public void ToLatin_Name_TheReportsSpelling(string word, string expected)
        => Assert.Equal(expected, CyrillicTransliterator.ToLatin(word));

    [Theory]
    [InlineData("Хакимов", "khakimov|hakimov")]
    [InlineData("Бекбаев", "bekbayev|bekbaev")]
    [InlineData("Умарова", "umarova")]
    [InlineData("Жамиля", "zhamilya|jamilya|jamilia|zhamilia")]
    [InlineData("Джанар", "dzhanar|janar|djanar")]
    [InlineData("Дмитрий", "dmitriy|dmitrii|dmitri")]
    [InlineData("Айман", "ayman|aiman")]
    [InlineData("Сейтказы", "seytkazy|seitkazy")]
    public void Spellings_Name_TheUsualAndTheReportsOtherSpellings(string word, string expected)
        => Assert.Equal(expected, string.Join('|', CyrillicTransliterator.Spellings(word)));

    [Theory]
    [InlineData("ginatulin", "ginatullin")]
    [InlineData("mukhamedkarim", "mukhammedkarim")]
    [InlineData("ginatullin", "ginatulin")]
    public void DoubledLetterSpellings_Name_HasTheOtherSpelling(string latin, string other)
        => Assert.Contains(other, CyrillicTransliterator.DoubledLetterSpellings(latin));

    [Theory]
    [InlineData("anna", "")]
    [InlineData("abcde", "")]
    [InlineData("ollo", "")]
    [InlineData("almaty", "allmaty|almmaty|almatty")]
    public void DoubledLetterSpellings_ShortOrNoLetterToDouble_OnlyTheDoublingsOfLMNRST(string latin, string expected)
        => Assert.Equal(expected, string.Join('|', CyrillicTransliterator.DoubledLetterSpellings(latin)));
}
