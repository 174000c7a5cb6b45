using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Conversation;

public sealed class ReplyLanguageTests
{
    [Theory]
    [InlineData(Language.Russian, null, Language.Russian)]
    [InlineData(Language.Kazakh, null, Language.Kazakh)]
    [InlineData(Language.Russian, Language.Kazakh, Language.Russian)] // the question's own language wins
    [InlineData(Language.Kazakh, Language.English, Language.Kazakh)]
    [InlineData(Language.English, Language.Russian, Language.Russian)] // an English question from a Russian interface
    [InlineData(Language.English, Language.Kazakh, Language.Kazakh)]
    [InlineData(Language.English, null, Language.English)]
    [InlineData(Language.Other, null, Language.English)]
    [InlineData(Language.Other, Language.Russian, Language.Russian)]
    public void Choose_QuestionAndUser_QuestionsRussianOrKazakhThenUsersThenEnglish(Language question, Language? user, Language expected)
        => Assert.Equal(expected, ReplyLanguage.Choose(question, user));

    [Theory]
    [InlineData("ru", Language.Russian)]
    [InlineData("ru-RU", Language.Russian)]
    [InlineData("RU", Language.Russian)]
    [InlineData("kk", Language.Kazakh)]
    [InlineData("kk_KZ", Language.Kazakh)]
    [InlineData("en", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("de", null)]
    [InlineData("uk", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromLocale_Tag_TheLanguageTheBotSpeaksOrNull(string? locale, Language? expected)
        => Assert.Equal(expected, ReplyLanguage.FromLocale(locale));
}
