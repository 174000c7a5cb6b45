using Lucene.Net.Tartarus.Snowball.Ext;

namespace RightsBot.Core.Languages;

/// <summary>Russian words to their Snowball stems (Lucene.Net.Analysis.Common), so "журналистами" meets "журналист".</summary>
internal static class RussianStems
{
    // The stemmer keeps its word in fields: one a thread.
    [ThreadStatic]
    private static RussianStemmer? _stemmer;

    /// <summary>The stem of a lower-case word; a word of digits or with a hyphen as it is, each part stemmed.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Contains('-', StringComparison.Ordinal))
        {
            return string.Join('-', word.Split('-').Select(Stem));
        }

        if (word.Length < 3 || !word.Any(char.IsLetter))
        {
            return word;
        }

        var stemmer = _stemmer ??= new RussianStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
