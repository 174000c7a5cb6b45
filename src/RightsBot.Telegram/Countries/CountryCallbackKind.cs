namespace RightsBot.Telegram.Countries;

/// <summary>What a button of the <c>/country</c> keyboard does.</summary>
internal enum CountryCallbackKind
{
    /// <summary>Shows a page of the (narrowed) country list.</summary>
    Page,

    /// <summary>Shows a country's years.</summary>
    Country,

    /// <summary>Chooses a country and one of its years.</summary>
    Year,

    /// <summary>Chooses a country's latest report.</summary>
    Latest,

    /// <summary>Forgets the chat's choice.</summary>
    Clear,
}
