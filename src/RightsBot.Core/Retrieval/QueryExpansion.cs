using System.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>Finds the everyday words of a question that <see cref="SynonymMap"/> knows, and returns their report words.</summary>
internal static class QueryExpansion
{
    public static string Synonyms(string question)
    {
        var words = question.ToLowerInvariant()
            .Split([' ', '\t', ',', '.', '?', '!', ';', ':', '"', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '’'))
            .Where(w => w.Length > 0)
            .ToArray();
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && SynonymMap.Expansions.TryGetValue(words[i] + " " + words[i + 1], out var pair))
            {
                sb.Append(string.Join(' ', pair)).Append(' ');
            }

            if (SynonymMap.Expansions.TryGetValue(words[i], out var single))
            {
                sb.Append(string.Join(' ', single)).Append(' ');
            }
        }

        return sb.ToString().Trim();
    }
}
