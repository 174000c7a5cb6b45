using System.Text.Json;

namespace RightsBot.Core.Evaluation;

/// <summary>Reads a JSON Lines question file; a malformed line is reported with its number.</summary>
public static class EvalQuestionReader
{
    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize<EvalQuestion>(line);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: not a JSON object ({ex.Message})", ex);
            }

            if (question is null || string.IsNullOrWhiteSpace(question.Question))
            {
                throw new FormatException($"{path}:{lineNumber}: a question line needs \"question\"");
            }

            if (question.IsComparison)
            {
                if (question.Parts is not { Count: >= 2 } parts)
                {
                    throw new FormatException($"{path}:{lineNumber}: a comparison needs two or more \"parts\"");
                }

                if (parts.FirstOrDefault(p => string.IsNullOrWhiteSpace(p.Country) || p.ShouldAnswer && (p.Expected is null || p.Expected.Count == 0)) is { } bad)
                {
                    throw new FormatException($"{path}:{lineNumber}: every part needs a \"country\", and one that answers at least one \"expected\" quote ({bad.Country} {bad.Year})");
                }
            }
            else if (question.Kind is not null)
            {
                throw new FormatException($"{path}:{lineNumber}: unknown \"kind\" \"{question.Kind}\" (known: {EvalQuestion.ComparisonKind})");
            }
            else if (question.Answerable && (question.Expected is null || question.Expected.Count == 0))
            {
                throw new FormatException($"{path}:{lineNumber}: an answerable question needs at least one \"expected\" quote");
            }

            // Language codes are compared as written in lower case ("RU" is "ru"), so that one language makes one group.
            result.Add(question with { Id = question.Id ?? $"line-{lineNumber}", Style = Label(question.Style), Lang = Label(question.Lang)?.ToLowerInvariant() });
        }

        return result;
    }

    // A blank label (style, language) is none, so that it cannot make a group of its own.
    private static string? Label(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
