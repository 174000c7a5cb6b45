using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class KazakhSuffixStripperTests
{
    public static TheoryData<string, string> WordForms()
    {
        // tests/fixtures/kazakh-word-forms.tsv: inflected forms from real sentences, each with its dictionary form,
        // written for this test by someone who did not see the stripper.
        var rows = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.Fixtures, "kazakh-word-forms.tsv")).Skip(1))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add(fields[0].Trim().ToLowerInvariant(), fields[1].Trim().ToLowerInvariant());
        }

        return rows;
    }

    // What the glossary needs: a form's stem finds the term written in its dictionary form, by the term's stem or
    // by the term as written (a stripper may cut a dictionary form further than its forms: "қазақстан" ends in
    // what looks like the ablative "-тан").
    [Theory]
    [MemberData(nameof(WordForms))]
    public void Strip_WordForm_FindsItsDictionaryFormInAGlossary(string form, string dictionary)
        => Assert.True(Finds(dictionary, form), $"{form} → {string.Join(",", KazakhSuffixStripper.Candidates(form))}; {dictionary} → {string.Join(",", KazakhSuffixStripper.TermKeys(dictionary))}");

    [Theory]
    [InlineData("түрмелердегі", "түрме")]
    [InlineData("журналистерге", "журналист")]
    [InlineData("қазақстанда", "қазақстан")]
    [InlineData("казакстанда", "қазақстан")]
    [InlineData("соттар", "сот")]
    [InlineData("елде", "ел")]
    [InlineData("азаптады", "азаптау")]
    [InlineData("ұсталды", "ұстау")]
    public void Strip_CommonForms_FindTheirDictionaryFormInAGlossary(string form, string dictionary)
        => Assert.True(Finds(dictionary, form), $"{form} → {string.Join(",", KazakhSuffixStripper.Candidates(form))}; {dictionary} → {string.Join(",", KazakhSuffixStripper.TermKeys(dictionary))}");

    [Theory]
    [InlineData("журналистерді", "журналист")]
    [InlineData("ұстады", "уста")]
    [InlineData("ұстайды", "уста")]
    [InlineData("ұстау", "уста")]
    [InlineData("ұсталды", "уста")]
    [InlineData("ұстамады", "уста")]
    [InlineData("түрме", "турме")]
    [InlineData("түрмелердегі", "турме")]
    [InlineData("соттарда", "сот")]
    public void Candidates_Form_IncludeItsStem(string form, string stem)
        => Assert.Contains(stem, KazakhSuffixStripper.Candidates(form));

    [Theory]
    [InlineData("түрме")]
    [InlineData("қазақстан")]
    [InlineData("заңсыз")]
    public void Candidates_DictionaryForm_ItselfFirst(string word)
        => Assert.Equal(CyrillicWords.FoldKazakh(word), KazakhSuffixStripper.Candidates(word)[0]);

    [Theory]
    [InlineData("сот", "сөз")]
    [InlineData("түрме", "тыйым")]
    [InlineData("сайлау", "саясат")]
    public void Candidates_DifferentWords_NeitherFindsTheOther(string one, string other)
    {
        Assert.False(Finds(one, other));
        Assert.False(Finds(other, one));
    }

    private static bool Finds(string dictionary, string form)
    {
        var glossary = Glossary.Parse([[dictionary, "found"]], KazakhSuffixStripper.TermKeys, KazakhSuffixStripper.Candidates);
        return glossary.Match(CyrillicWords.Tokens(form).Select(glossary.QuestionKeys).ToList(), 0) is not null;
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("сөз")]
    public void Candidates_NumberOrWordWithNoEnding_OnlyItselfFolded(string word)
        => Assert.Equal([CyrillicWords.FoldKazakh(word)], KazakhSuffixStripper.Candidates(word));
}
