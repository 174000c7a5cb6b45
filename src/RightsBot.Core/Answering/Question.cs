namespace RightsBot.Core.Answering;

/// <summary>A question as every front end hands it to the core: the user's text and any explicit filters.</summary>
/// <param name="Text">What the user asked, as typed.</param>
/// <param name="Country">
/// An explicit country choice (a slash-command option, a --country flag); null lets the core decide. Several
/// countries separated by commas ("Kazakhstan,Uzbekistan") ask for a comparison of those countries.
/// </param>
/// <param name="Year">An explicit report year; null lets the core decide.</param>
public sealed record Question(string Text, string? Country = null, int? Year = null)
{
    /// <summary>Explicit years to compare (<c>--years 2016,2023</c>, Discord's from/to): two or more ask for a comparison.</summary>
    public IReadOnlyList<int>? Years { get; init; }

    /// <summary>
    /// True when the user asked for a comparison (<c>/compare</c>): with no years or countries named, the
    /// country's reports across the years.
    /// </summary>
    public bool Compare { get; init; }

    /// <summary>
    /// A chat's or server's chosen country (Telegram's <c>/country</c>, Discord's <c>/settings</c>): used when the
    /// question names none, in place of <c>Corpus:DefaultCountry</c>.
    /// </summary>
    public string? DefaultCountry { get; init; }

    /// <summary>A chat's chosen report year: used when the question names none and no year filter is set.</summary>
    public int? DefaultYear { get; init; }

    /// <summary>
    /// The user's interface language as the platform tells it (Telegram's <c>language_code</c>, Discord's
    /// <c>locale</c>; for a follow-up, the language of the answer it follows): the bot's own words take it when the
    /// question is not itself in Russian or Kazakh (<see cref="Conversation.ReplyLanguage"/>). Null: English.
    /// </summary>
    public Languages.Language? UserLanguage { get; init; }

    /// <summary>Passages already shown for this question ("tell me more"): the answer gives the next-best ones.</summary>
    public IReadOnlyCollection<string>? Exclude { get; init; }
}
