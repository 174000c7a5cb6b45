using System.Buffers;
using System.Text;

namespace RightsBot.Core.Languages;

/// <summary>Splitting a Cyrillic question into words, and the letters that mark Kazakh.</summary>
internal static class CyrillicWords
{
    private const string KazakhLetters = "әғқңөұүһі";

    // Kazakh's own letters as a phone without them types them (қ as к, ө as о), so that both spellings meet.
    private const string KazakhPlain = "агкноуухи";

    private static readonly SearchValues<char> KazakhLetterValues = SearchValues.Create(KazakhLetters);

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static bool IsKazakhLetter(char c) => KazakhLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>
    /// The words of <paramref name="text"/>, lower case, "ё" as "е": runs of letters and digits, a hyphen inside a
    /// word kept ("нур-султан"), an apostrophe dropped, a number's ending dropped ("2017-м", "2016й" → 2017, 2016).
    /// </summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (char.IsLetter(c) && word.Length > 0 && char.IsAsciiDigit(word[^1]) && IsCyrillic(c))
            {
                // A number's ending written on ("2016й", "16го", "27к"): the number alone.
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Append(c == 'ё' ? 'е' : c);
            }
            else if (c == '-' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (word.ToString().All(char.IsAsciiDigit))
                {
                    // A number's case or ordinal ending ("2017-м", "2019-шы"): the number alone.
                    while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i++;
                    }

                    continue;
                }

                word.Append(c);
            }
            else if (c is '\'' or '’' && word.Length > 0)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>A Kazakh word with its own letters written as the nearest Russian ones (қ → к, ө → о, і → и).</summary>
    public static string FoldKazakh(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.AsSpan().IndexOfAny(KazakhLetterValues) < 0)
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                var k = KazakhLetters.IndexOf(w[i], StringComparison.Ordinal);
                span[i] = k < 0 ? w[i] : KazakhPlain[k];
            }
        });
    }
}
