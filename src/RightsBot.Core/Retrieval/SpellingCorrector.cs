namespace RightsBot.Core.Retrieval;

/// <summary>
/// Corrects a question word the corpus never uses to the most common corpus term one edit away (a letter
/// dropped, added, changed or two swapped): "legaly" → "legal", "maried" → "marri".
/// </summary>
internal static class SpellingCorrector
{
    private const int MinLength = 4;

    public static string? Correct(string token, TermVocabulary vocabulary)
    {
        if (token.Length < MinLength || token.Any(char.IsDigit))
        {
            return null;
        }

        string? best = null;
        var bestDf = 0;
        foreach (var candidate in Edits(token))
        {
            var id = vocabulary.Id(candidate);
            if (id >= 0)
            {
                var df = vocabulary.DocumentFrequencies[id];
                if (df > bestDf)
                {
                    (best, bestDf) = (candidate, df);
                }
            }
        }

        return best;
    }

    /// <summary>Every string one deletion, transposition, insertion or substitution (a–z) away from the word.</summary>
    internal static IEnumerable<string> Edits(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            if (i + 1 < word.Length)
            {
                var chars = word.ToCharArray();
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                yield return new string(chars);
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length && word[i] != c)
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }
        }
    }
}
