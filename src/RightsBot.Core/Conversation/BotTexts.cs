namespace RightsBot.Core.Conversation;

/// <summary>
/// The bot's own words, the same in the console, Telegram and Discord: plain text only, so that each front end adds
/// just its markup (HTML, markdown) and its own command syntax around them.
/// </summary>
public static class BotTexts
{
    /// <summary>What the bot is, in one sentence.</summary>
    public const string Purpose =
        "RightsBot answers questions from the U.S. State Department's Country Reports on Human Rights Practices and cites the paragraphs each answer comes from.";

    /// <summary>The promise about questions the reports do not cover.</summary>
    public const string Honesty = "When the reports do not cover a question, it says so instead of guessing.";

    /// <summary>What the bot keeps about its users: nothing.</summary>
    public const string Privacy = "RightsBot stores nothing about you: no questions, no user or chat ids, no names.";

    /// <summary>How to ask, with an example question.</summary>
    public const string HowToAsk =
        "Ask in plain words, e.g. \"What does the Kazakhstan 2016 report say about peaceful assembly?\" Name a country or a year to pick a report.";

    /// <summary>What an answer carries.</summary>
    public const string AnswerSources = "Every answer lists its numbered sources [1], [2] …";

    /// <summary>Help line of the command that asks.</summary>
    public const string AskCommand = "ask a question";

    /// <summary>Help line of the command that lists the reports.</summary>
    public const string SourcesCommand = "the reports I answer from";

    /// <summary>Help line of the help command.</summary>
    public const string HelpCommand = "this message";

    /// <summary>Help line of the about command.</summary>
    public const string AboutCommand = "what RightsBot is";

    /// <summary>Help line of whatever shows a source's whole paragraph (a button, a console command).</summary>
    public const string FullParagraph = "the whole paragraph behind source [n], the exact text to quote";

    /// <summary>The notice to a user over the per-user question limit.</summary>
    public const string RateLimited = "You are asking quickly. Please wait a minute before the next question — I will answer again then.";

    /// <summary>A source button or command whose passage is no longer loaded.</summary>
    public const string PassageGone = "That paragraph is no longer in the loaded reports. Ask again to get fresh sources.";

    /// <summary>Answering failed for a reason that is not the user's.</summary>
    public const string Failure = "Sorry, something went wrong while answering. Please try again in a moment.";

    /// <summary>"Tell me more" when every passage found on the question was already shown.</summary>
    public const string NothingMore = "That is all I found on this in the reports in scope.";

    /// <summary>A comparison's line for a report that does not cover the question: never a claim that nothing happened.</summary>
    public static string NotDiscussed(int year) => $"The {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} report does not discuss this.";

    /// <summary>Help line of the command that forgets the conversation.</summary>
    public const string NewCommand = "forget the previous question and the chosen country";

    /// <summary>Help line of the command that compares years or countries.</summary>
    public const string CompareCommand = "compare a country's reports across years, or countries on one topic";

    /// <summary>How follow-ups work, for help texts.</summary>
    public const string FollowUps = "Follow up with \"and in 2019?\", \"what about Kyrgyzstan?\" or \"tell me more\".";

    /// <summary>Anything that is not a text question (a sticker, a photo, an unknown interaction).</summary>
    public const string TextOnly = "I can only read text questions.";
}
