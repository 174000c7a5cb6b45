namespace RightsBot.Core.Answering;

/// <summary>A cheap, offline guess whether a question is written in English (by script, not by vocabulary).</summary>
public static class QuestionLanguage
{
    // Share of letters outside basic Latin above which a question is taken as not English. Cyrillic (Russian,
    // Kazakh), Arabic, CJK and the like score near 1; English with a stray "é" or a Cyrillic name stays well below.
    private const double NonEnglishShare = 0.3;

    /// <summary>
    /// True when the letters are mostly basic Latin (a–z), or there are no letters at all. Latin-script languages
    /// without many diacritics (Spanish, French) also pass as English: this only catches other scripts reliably.
    /// </summary>
    public static bool LooksEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (!char.IsAsciiLetter(c))
            {
                other++;
            }
        }

        return letters == 0 || (double)other / letters < NonEnglishShare;
    }
}
