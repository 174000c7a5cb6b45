using System.Text.RegularExpressions;
using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

/// <summary>
/// Unlabelled chat questions (tests/fixtures/chat-questions: 1,170 Russian, 560 Kazakh), written blind by helper
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

    // Measured last: 10 of 1,160 Russian questions with a topic (0.991 understood) and 2 of 555 Kazakh ones (0.996)
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

    private static IEnumerable<string> Questions(string file)
        => File.ReadLines(Path.Combine(TestPaths.Fixtures, "chat-questions", file + ".txt")).Where(l => l.Trim().Length > 0);

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordRegex();
}
