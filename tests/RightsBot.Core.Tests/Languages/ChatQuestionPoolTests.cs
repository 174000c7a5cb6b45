using System.Text.RegularExpressions;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

/// <summary>
/// Unlabelled chat questions (tests/fixtures/chat-questions: 1,610 Russian, 560 Kazakh), written blind by helper
/// sessions that saw neither code nor question sets, and used to find the glossaries' gaps: a guard that what was
/// understood stays understood. Follow-ups without a topic of their own ("а в 2019?") are the follow-up reader's,
/// not the glossary's, and are left out.
/// </summary>
public sealed partial class ChatQuestionPoolTests
{
    private static readonly Lazy<HashSet<string>> ReportWords = new(() =>
    [
        .. Directory.GetFiles(TestPaths.Corpus, "*.txt")
            .SelectMany(f => WordRegex().Matches(File.ReadAllText(f).ToLowerInvariant()).Select(m => m.Value)),
    ]);

    [Theory]
    [InlineData("ru", Language.Russian, 0)]
    [InlineData("kk", Language.Kazakh, 0)]
    public void Detect_PoolQuestions_InTheirLanguage(string file, Language language, int most)
    {
        var misread = Questions(file).Where(q => LanguageDetector.Detect(q) != language).ToList();

        Assert.True(misread.Count <= most, "read as another language: " + string.Join(" | ", misread));
    }

    // Measured last: 9 of 1,600 Russian questions with a topic (0.994 understood) and 2 of 555 Kazakh ones (0.996)
    // fell below the share the pipeline needs: people and places no shipped report mentions (Gershkovich,
    // Karabakh, Sauytbay), and the follow-up "толығырақ" (more detail).
    [Theory]
    [InlineData("ru", Language.Russian, 0.985)]
    [InlineData("kk", Language.Kazakh, 0.99)]
    public void Translate_PoolQuestionsWithATopic_UnderstoodEnoughToSearch(string file, Language language, double least)
    {
        var translations = Questions(file).Select(q => (Question: q, Translation: GlossaryTranslator.Translate(q, language, w => ReportWords.Value.Contains(w.ToLowerInvariant())))).Where(t => t.Translation.ContentWords > 0).ToList();

        var notUnderstood = translations.Where(t => t.Translation.Understood < 0.5 * t.Translation.ContentWords).Select(t => t.Question).ToList();

        var share = 1.0 - ((double)notUnderstood.Count / translations.Count);
        Assert.True(share >= least, $"understood {share:0.000} of {translations.Count}; not: {string.Join(" | ", notUnderstood)}");
    }

    // People type fast on phones: a glossary word the pool uses, misspelt by one letter (a letter missing, doubled,
    // wrong, or two swapped; never the first, as people rarely get that wrong), should still be understood. The words
    // and their misspellings are drawn with a fixed seed, so the measure is the same on every run.
    // Measured last: 0.881 of 2,331 misspelt words understood (0.773 of 2,315 before Glossary.CorrectedMatch).
    [Fact]
    public void Translate_PoolWordMisspeltByOneLetter_MostStillUnderstood()
    {
        var random = new Random(2026);
        bool Understood(string word) => GlossaryTranslator.Translate(word, Language.Russian, w => ReportWords.Value.Contains(w.ToLowerInvariant())) is { ContentWords: 1, Understood: 1 };
        var words = Questions("ru").SelectMany(q => CyrillicWordRegex().Matches(q.ToLowerInvariant()).Select(m => m.Value))
            .Where(w => w.Length >= 6).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(Understood).ToList();

        var misspelt = words.Select(w => Misspell(w, random)).ToList();
        var failed = misspelt.Where(w => !Understood(w)).ToList();

        var share = 1.0 - ((double)failed.Count / misspelt.Count);
        Assert.True(share >= 0.86, $"understood {share:0.000} of {misspelt.Count} misspelt words; not: {string.Join(", ", failed.Take(50))}");
    }

    private static string Misspell(string word, Random random)
    {
        const string letters = "абвгдежзийклмнопрстуфхцчшщыьэюя";
        var at = random.Next(1, word.Length - 1);
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            2 => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => string.Concat(word.AsSpan(0, at), letters[random.Next(letters.Length)].ToString(), word.AsSpan(at + 1)),
        };
    }

    private static IEnumerable<string> Questions(string file)
        => File.ReadLines(Path.Combine(TestPaths.Fixtures, "chat-questions", file + ".txt")).Where(l => l.Trim().Length > 0);

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordRegex();

    [GeneratedRegex("[а-яё]+")]
    private static partial Regex CyrillicWordRegex();
}
