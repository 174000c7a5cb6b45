using System.Text;

namespace RightsBot.Core.Text;

/// <summary>
/// Reads the word lists embedded in Core (<c>Resources/*.tsv</c>; the format is in <c>Resources/README.md</c>): one
/// entry a line, its fields separated by tabs; lines that start with <c>#</c>, and blank lines, are skipped.
/// </summary>
/// <remarks>
/// Each list is read by the one class that uses it, once, on first use, through a <see cref="Lazy{T}"/>. This
/// checks only the format; what each list must hold (lower-case keys, no repeats, …) is checked by its tests.
/// </remarks>
internal static class WordList
{
    private const string ResourcePrefix = "RightsBot.Core.";
    private const char FieldSeparator = '\t';
    private const char CommentStart = '#';

    /// <summary>The entries of the embedded list <paramref name="name"/> ("synonyms.tsv"), each of exactly <paramref name="fields"/> fields.</summary>
    /// <exception cref="InvalidDataException">A line breaks the format; the message names the list and the line.</exception>
    public static IReadOnlyList<string[]> Read(string name, int fields)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the assembly lacks the word list {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(name, reader, fields);
    }

    /// <summary>The one field of each entry of a one-field list ("stop-words.tsv").</summary>
    public static string[] Words(string name) => [.. Read(name, 1).Select(entry => entry[0])];

    /// <summary>The entries of a list's text, as <see cref="Read"/> gives them; <paramref name="name"/> only names it in errors.</summary>
    internal static IReadOnlyList<string[]> Parse(string name, TextReader reader, int fields)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fields, 1);
        var entries = new List<string[]>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == CommentStart)
            {
                continue;
            }

            var entry = line.Split(FieldSeparator);
            if (entry.Length != fields)
            {
                throw new InvalidDataException($"{name}, line {number}: {entry.Length} tab-separated fields where {fields} are expected");
            }

            if (entry.FirstOrDefault(f => f.Length == 0 || f.Trim().Length != f.Length || f.Contains("  ", StringComparison.Ordinal)) is { } bad)
            {
                throw new InvalidDataException($"{name}, line {number}: the field \"{bad}\" is empty, or has spaces at an end or two in a row");
            }

            entries.Add(entry);
        }

        return entries;
    }
}
