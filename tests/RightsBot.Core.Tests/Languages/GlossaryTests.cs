using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class GlossaryTests
{
    private static readonly Lazy<string> CorpusText = new(() =>
        string.Join("\n", Directory.GetFiles(TestPaths.Corpus, "*.txt").Append(TestPaths.SeedExcerpt).Select(File.ReadAllText)).ToLowerInvariant().Replace('’', '\''));

    public static TheoryData<string> Languages() => ["ru", "kk"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Glossary_Shipped_NoTermShadowsAnother(string language)
    {
        var clashes = Of(language).Clashes.Select(c => $"{c.Kept.Term} / {c.Shadowed.Term}").ToList();

        Assert.True(clashes.Count == 0, $"terms with the same key: {string.Join("; ", clashes.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Glossary_Shipped_EveryEnglishSideIsATermTheReportsUse(string language)
    {
        var missing = Of(language).Terms
            .SelectMany(e => e.English.Select(english => (e.Term, English: english)))
            .Where(e => !CorpusUses(e.English))
            .Select(e => $"{e.Term} → {e.English}")
            .ToList();

        Assert.True(missing.Count == 0, $"English the reports never use: {string.Join("; ", missing.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Glossary_Shipped_ThousandsOfLowerCaseTerms(string language)
    {
        var glossary = Of(language);

        Assert.True(glossary.Terms.Count >= 1000, $"{glossary.Terms.Count} entries");
        Assert.All(glossary.Terms, e => Assert.Equal(e.Term.ToLowerInvariant(), e.Term));
        Assert.All(glossary.Terms, e => Assert.All(e.English, english => Assert.Equal(english.ToLowerInvariant(), english)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Countries_Shipped_EveryNameIsACountryOfTheWorldListAndNoEverydayWord(string language)
    {
        var world = File.ReadLines(Path.Combine(TestPaths.RepoRoot, "src", "RightsBot.Core", "Resources", "world-countries.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        var countries = Of(language).Countries;

        Assert.True(countries.Count >= 100, $"{countries.Count} countries added");
        Assert.All(countries, c => Assert.Contains(c.English.Single(), world));
        Assert.DoesNotContain(countries, c => c.Term is "того" or "гана");
    }

    [Fact]
    public void Parse_CountryTheFileAlreadyHas_TheFilesTermKept()
    {
        var glossary = Glossary.Parse([["россия", "russia | russian federation"]], Glossary.RussianKeys, Glossary.RussianKeys, [["россия", "russia"], ["армения", "armenia"]]);

        Assert.Equal(["russia", "russian federation"], glossary.Match([Glossary.RussianKeys("россии")], 0)?.Entry.English);
        Assert.Equal(["armenia"], glossary.Match([Glossary.RussianKeys("армении")], 0)?.Entry.English);
        Assert.Equal("армения", Assert.Single(glossary.Countries).Term);
        Assert.Empty(glossary.Clashes);
    }

    [Fact]
    public void Parse_OneTermTwice_FirstKeptAndTheClashRecorded()
    {
        var glossary = Glossary.Parse([["пытка", "torture"], ["суд", "court"], ["пытка", "tortures"]], Glossary.RussianKeys, Glossary.RussianKeys);

        var clash = Assert.Single(glossary.Clashes);
        Assert.Equal(("torture", "tortures"), (clash.Kept.English[0], clash.Shadowed.English[0]));
        Assert.Equal(["torture"], glossary.Match([Glossary.RussianKeys("пытка")], 0)?.Entry.English);
    }

    [Fact]
    public void Parse_TwoTermsSharingAStem_EachFoundAsWrittenAndOtherFormsGetBoth()
    {
        var glossary = Glossary.Parse([["задержать", "detain"], ["задержанный", "detainee"], ["суд", "court"], ["судья", "judge"]], Glossary.RussianKeys, Glossary.RussianKeys);

        Assert.Empty(glossary.Clashes);
        Assert.Equal(["detain"], glossary.Match([Glossary.RussianKeys("задержать")], 0)?.Entry.English);
        Assert.Equal(["detainee"], glossary.Match([Glossary.RussianKeys("задержанный")], 0)?.Entry.English);
        Assert.Equal(["detain", "detainee"], glossary.Match([Glossary.RussianKeys("задержали")], 0)?.Entry.English);

        // A stem that is another term as written stays that term's.
        Assert.Equal(["judge"], glossary.Match([Glossary.RussianKeys("судья")], 0)?.Entry.English);
        Assert.Equal(["court"], glossary.Match([Glossary.RussianKeys("судьи")], 0)?.Entry.English);
    }

    [Fact]
    public void Match_PhraseAndItsFirstWord_TheLongestTermWins()
    {
        var glossary = Glossary.Parse([["свобода", "freedom"], ["свобода слова", "freedom of expression | freedom of speech"], ["слово", "word"]], Glossary.RussianKeys, Glossary.RussianKeys);
        var keys = new[] { "о", "свободе", "слова" }.Select(glossary.QuestionKeys).ToList();

        var match = glossary.Match(keys, 1);

        Assert.NotNull(match);
        Assert.Equal(2, match.Value.Words);
        Assert.Equal(["freedom of expression", "freedom of speech"], match.Value.Entry.English);
        Assert.Null(glossary.Match(keys, 0));
    }

    [Theory]
    [InlineData("казахстан", "казахстане")]
    [InlineData("казахстан", "казахстана")]
    [InlineData("нур-султан", "нур-султане")]
    [InlineData("пытка", "пытками")]
    public void Match_FormWhoseStemIsTheDictionaryForm_FindsTheTerm(string term, string form)
    {
        var glossary = Glossary.Parse([[term, "found"]], Glossary.RussianKeys, Glossary.RussianKeys);

        Assert.Equal(["found"], glossary.Match([glossary.QuestionKeys(form)], 0)?.Entry.English);
    }

    private static Glossary Of(string language) => language == "ru" ? Glossary.Russian : Glossary.Kazakh;

    // As grep -wiF finds it: the phrase with no letter or digit right before or after.
    private static bool CorpusUses(string phrase)
    {
        var text = CorpusText.Value;
        var needle = phrase.Replace('’', '\'');
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsWordChar(text[at - 1]);
            var end = at + needle.Length;
            var after = end == text.Length || !IsWordChar(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
