using System.Reflection;
using System.Text.RegularExpressions;
using RightsBot.Core.Conversation;
using RightsBot.Core.Languages;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Conversation;

public sealed partial class BotTextsTests
{
    private static readonly Language[] Spoken = [Language.English, Language.Russian, Language.Kazakh];

    public static TheoryData<string> Keys() => [.. BotTexts.Keys];

    public static TheoryData<string, Language> Properties()
    {
        var data = new TheoryData<string, Language>();
        foreach (var property in typeof(BotTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0))
        {
            foreach (var language in Spoken)
            {
                data.Add(property.Name, language);
            }
        }

        return data;
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicRegex();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpanRegex();

    [Fact]
    public void Catalogue_EveryLine_KeyAndThreeLanguagesKeysOnce()
    {
        var entries = WordList.Read(BotTexts.CatalogueFile, 4);

        Assert.True(entries.Count >= 60);
        Assert.Equal(entries.Count, entries.Select(e => e[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e[0]));
    }

    // The adapters escape these for HTML or markdown; text that already carries markup would show it to users.
    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_EveryLanguage_PlainWordsWithoutMarkup(string key)
    {
        foreach (var language in Spoken)
        {
            var text = BotTexts.For(language)[key];
            Assert.Equal(text.Trim(), text);
            Assert.True(!text.Contains('<', StringComparison.Ordinal) || key.StartsWith("console-", StringComparison.Ordinal), key); // only the console prints "<question>" as is
            Assert.DoesNotContain('*', text);
            Assert.DoesNotContain('\n', text);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_EveryLanguage_SamePlaceholders(string key)
    {
        var english = Placeholders(BotTexts.English[key]);

        Assert.Equal(english, Placeholders(BotTexts.For(Language.Russian)[key]));
        Assert.Equal(english, Placeholders(BotTexts.For(Language.Kazakh)[key]));
    }

    // A `code span` is what a user types (an option, a command): the same in every language, and each tick paired.
    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_EveryLanguage_SameCodeSpans(string key)
    {
        var english = CodeSpans(BotTexts.English[key]);

        Assert.Equal(english, CodeSpans(BotTexts.For(Language.Russian)[key]));
        Assert.Equal(english, CodeSpans(BotTexts.For(Language.Kazakh)[key]));
        Assert.All(Spoken, language => Assert.Equal(0, BotTexts.For(language)[key].Count(c => c == '`') % 2));
    }

    // A Russian or Kazakh text still in English, or an English one pasted in Cyrillic, is a slip.
    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_RussianAndKazakh_WrittenInCyrillicAndEnglishNot(string key)
    {
        Assert.DoesNotMatch(CyrillicRegex(), BotTexts.English[key]);
        Assert.Matches(CyrillicRegex(), BotTexts.For(Language.Russian)[key]);
        Assert.Matches(CyrillicRegex(), BotTexts.For(Language.Kazakh)[key]);
    }

    [Fact]
    public void Kazakh_AsAWhole_UsesKazakhsOwnLetters()
    {
        var kazakh = string.Concat(BotTexts.Keys.Select(k => BotTexts.For(Language.Kazakh)[k]));
        var russian = string.Concat(BotTexts.Keys.Select(k => BotTexts.For(Language.Russian)[k]));

        Assert.All("әғқңөұүі", letter => Assert.Contains(letter, kazakh));
        Assert.DoesNotContain(russian, c => "әғқңөұүһі".Contains(c, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Property_EveryLanguage_FoundInTheCatalogue(string name, Language language)
    {
        var value = (string?)typeof(BotTexts).GetProperty(name)!.GetValue(BotTexts.For(language));

        Assert.False(string.IsNullOrWhiteSpace(value) && !(name == nameof(BotTexts.QuotesNote) && language == Language.English), name);
    }

    [Theory]
    [InlineData(Language.English, "Sources")]
    [InlineData(Language.Russian, "Источники")]
    [InlineData(Language.Kazakh, "Дереккөздер")]
    [InlineData(Language.Other, "Sources")]
    public void For_Language_ItsWordsEnglishForOthers(Language language, string sources)
        => Assert.Equal(sources, BotTexts.For(language).Sources);

    [Fact]
    public void QuotesNote_OnlyInRussianAndKazakh()
    {
        Assert.Null(BotTexts.English.QuotesNote);
        Assert.Contains("английском", BotTexts.For(Language.Russian).QuotesNote, StringComparison.Ordinal);
        Assert.Contains("ағылшын", BotTexts.For(Language.Kazakh).QuotesNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, 2023, "The 2023 report does not discuss this.")]
    [InlineData(Language.Russian, 2023, "В докладе за 2023 год об этом не говорится.")]
    [InlineData(Language.Kazakh, 2023, "2023 жылғы баяндамада бұл туралы айтылмайды.")]
    public void NotDiscussed_Year_InTheLanguage(Language language, int year, string expected)
        => Assert.Equal(expected, BotTexts.For(language).NotDiscussed(year));

    [Fact]
    public void Indexer_UnknownKey_ThrowsNamingIt()
        => Assert.Contains("no-such-text", Assert.Throws<KeyNotFoundException>(() => BotTexts.English["no-such-text"]).Message, StringComparison.Ordinal);

    private static string[] CodeSpans(string text) => [.. CodeSpanRegex().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string[] Placeholders(string text) => [.. PlaceholderRegex().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
