using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("are journalists harassed in Kazakhstan?", Language.English)]
    [InlineData("is torture used in Умаров's case?", Language.English)]
    [InlineData("2016?", Language.English)]
    [InlineData("что происходит с журналистами в казахстане", Language.Russian)]
    [InlineData("Сколько жалоб на пытки зарегистрировали?", Language.Russian)]
    [InlineData("правда что в казахстане блокируют сайты", Language.Russian)]
    [InlineData("қазақстанда журналистерді қудалай ма", Language.Kazakh)]
    [InlineData("түрмедегі жағдай қандай", Language.Kazakh)]
    [InlineData("казакстанда журналистер туралы не бар", Language.Kazakh)]
    [InlineData("канша адам устады", Language.Kazakh)]
    [InlineData("отбасылык зорлык зомбылык туралы не жазылган", Language.Kazakh)]
    [InlineData("украинадагы согыс туралы", Language.Kazakh)]
    [InlineData("ал балалар ше", Language.Kazakh)]
    [InlineData("почему не регистрируют нко", Language.Russian)]
    [InlineData("а партия көше тоже запрещена?", Language.Russian)]
    [InlineData("көше партиясы тіркелді ме", Language.Kazakh)]
    [InlineData("жаңаөзен", Language.Kazakh)]
    [InlineData("а что в тюрьмах не так", Language.Russian)]
    [InlineData("هل يتعرض الصحفيون للمضايقة", Language.Other)]
    [InlineData("记者在哈萨克斯坦受到骚扰吗", Language.Other)]
    public void Detect_Question_TellsItsLanguage(string question, Language expected)
        => Assert.Equal(expected, LanguageDetector.Detect(question));
}
