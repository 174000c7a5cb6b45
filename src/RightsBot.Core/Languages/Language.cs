namespace RightsBot.Core.Languages;

/// <summary>The language a question is written in, as far as RightsBot tells them apart.</summary>
public enum Language
{
    /// <summary>English, or a Latin-script language taken for it; also a question with no letters.</summary>
    English,

    /// <summary>Russian (Cyrillic without Kazakh letters or Kazakh words).</summary>
    Russian,

    /// <summary>Kazakh (Cyrillic with Kazakh letters, or with Kazakh words when typed without them).</summary>
    Kazakh,

    /// <summary>Another script (Arabic, Chinese…), which RightsBot cannot read without a translator.</summary>
    Other,
}
