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
    [InlineData("Дмитрий", "dmitriy|dmitri")]
    public void Spellings_Name_TheUsualAndTheReportsOtherSpellings(string word, string expected)
        => Assert.Equal(expected, string.Join('|', CyrillicTransliterator.Spellings(word)));
}
