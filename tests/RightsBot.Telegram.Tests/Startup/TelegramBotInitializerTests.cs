using System.Text.RegularExpressions;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Telegram.Startup;

namespace RightsBot.Telegram.Tests.Startup;

public sealed class TelegramBotInitializerTests
{
    // The Bot API takes 1-256 characters a description; the command names stay as users type them.
    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Russian)]
    [InlineData(Language.Kazakh)]
    public void Commands_EachLanguage_EveryCommandDescribedInIt(Language language)
    {
        var commands = TelegramBotInitializer.Commands(BotTexts.For(language));

        Assert.Equal(TelegramBotInitializer.CommandNames, commands.Select(c => c.Command));
        Assert.All(commands, c => Assert.InRange(c.Description.Length, 1, 256));
        Assert.All(commands, c => Assert.Equal(language != Language.English, Regex.IsMatch(c.Description, @"\p{IsCyrillic}")));
        Assert.Equal(commands.Length, commands.Select(c => c.Description).Distinct().Count());
    }

    [Fact]
    public void MenuLanguages_RussianAndKazakh_ByTheirLanguageCodes()
        => Assert.All(TelegramBotInitializer.MenuLanguages, m => Assert.Equal(m.Language, ReplyLanguage.FromLocale(m.LanguageCode)));
}
