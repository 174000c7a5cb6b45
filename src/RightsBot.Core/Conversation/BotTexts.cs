using System.Collections.Frozen;
using System.Globalization;
using RightsBot.Core.Languages;
using RightsBot.Core.Text;

namespace RightsBot.Core.Conversation;

/// <summary>
/// The bot's own words in one language, the same in the console, Telegram and Discord, read from the embedded
/// catalogue <c>Resources/bot-texts.tsv</c> (English, Russian, Kazakh): plain text only, so that each front end adds
/// just its markup (HTML, markdown) and its own command syntax around them.
/// </summary>
public sealed class BotTexts
{
    /// <summary>The catalogue's file name among Core's embedded word lists.</summary>
    public const string CatalogueFile = "bot-texts.tsv";

    // Key, then English, Russian, Kazakh: the order of the languages the catalogue has.
    private static readonly Language[] Columns = [Language.English, Language.Russian, Language.Kazakh];

    private static readonly Lazy<FrozenDictionary<Language, BotTexts>> All = new(Load);

    private readonly FrozenDictionary<string, string> _texts;

    private BotTexts(Language language, FrozenDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    /// <summary>The words in English, for texts that answer no one in particular.</summary>
    public static BotTexts English => For(Language.English);

    /// <summary>The language of these words: English, Russian or Kazakh.</summary>
    public Language Language { get; }

    /// <summary>What the bot is, in one sentence.</summary>
    public string Purpose => this["purpose"];

    /// <summary>The promise about questions the reports do not cover.</summary>
    public string Honesty => this["honesty"];

    /// <summary>What the bot keeps about its users: nothing.</summary>
    public string Privacy => this["privacy"];

    /// <summary>How to ask, with an example question.</summary>
    public string HowToAsk => this["how-to-ask"];

    /// <summary>What an answer carries.</summary>
    public string AnswerSources => this["answer-sources"];

    /// <summary>Help line of the command that asks.</summary>
    public string AskCommand => this["command-ask"];

    /// <summary>Help line of the command that lists the reports.</summary>
    public string SourcesCommand => this["command-sources"];

    /// <summary>Help line of the help command.</summary>
    public string HelpCommand => this["command-help"];

    /// <summary>Help line of the about command.</summary>
    public string AboutCommand => this["command-about"];

    /// <summary>Help line of whatever shows a source's whole paragraph (a button, a console command).</summary>
    public string FullParagraph => this["full-paragraph"];

    /// <summary>The notice to a user over the per-user question limit.</summary>
    public string RateLimited => this["rate-limited"];

    /// <summary>A source button or command whose passage is no longer loaded.</summary>
    public string PassageGone => this["passage-gone"];

    /// <summary>Answering failed for a reason that is not the user's.</summary>
    public string Failure => this["failure"];

    /// <summary>"Tell me more" when every passage found on the question was already shown.</summary>
    public string NothingMore => this["nothing-more"];

    /// <summary>Help line of the command that forgets the conversation.</summary>
    public string NewCommand => this["command-new"];

    /// <summary>Help line of the command that compares years or countries.</summary>
    public string CompareCommand => this["command-compare"];

    /// <summary>How follow-ups work, for help texts.</summary>
    public string FollowUps => this["follow-ups"];

    /// <summary>Anything that is not a text question (a sticker, a photo, an unknown interaction).</summary>
    public string TextOnly => this["text-only"];

    /// <summary>The heading above an answer's numbered sources.</summary>
    public string Sources => this["sources"];

    /// <summary>
    /// Under the sources of a Russian or Kazakh answer: the reports are in English and the quotes are their own
    /// words. Null in English, where it goes without saying.
    /// </summary>
    public string? QuotesNote => Language == Language.English ? null : this["quotes-note"];

    /// <summary>"Latest report" as the name of a choice ("Kazakhstan · latest report").</summary>
    public string LatestReport => this["latest-report"];

    /// <summary>The text of <paramref name="key"/> in this language.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such key.</exception>
    public string this[string key]
        => _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"{CatalogueFile} has no text \"{key}\"");

    /// <summary>The words in <paramref name="language"/>; English for a language the catalogue lacks.</summary>
    public static BotTexts For(Language language) => All.Value.TryGetValue(language, out var texts) ? texts : All.Value[Language.English];

    /// <summary>Every key of the catalogue, in its order (for tests).</summary>
    internal static IReadOnlyList<string> Keys => All.Value[Language.English]._texts.Keys;

    /// <summary>The text of <paramref name="key"/> with its placeholders ({0}, {1} …) filled in, numbers in invariant form.</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>A comparison's line for a report that does not cover the question: never a claim that nothing happened.</summary>
    public string NotDiscussed(int year) => Format("not-discussed", year);

    private static FrozenDictionary<Language, BotTexts> Load()
    {
        var entries = WordList.Read(CatalogueFile, Columns.Length + 1);
        return Columns.Select((language, column) => new BotTexts(
                language,
                entries.ToFrozenDictionary(e => e[0], e => e[column + 1], StringComparer.Ordinal)))
            .ToFrozenDictionary(t => t.Language);
    }
}
