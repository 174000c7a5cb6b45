using RightsBot.Core.Languages;

namespace RightsBot.Core.Tests.Languages;

public sealed class GlossaryTranslatorTests
{
    private static readonly Glossary Russian = Glossary.Parse(
        [
            ["сколько", "how many"],
            ["журналист", "journalist"],
            ["задерживать", "detain | arrest"],
            ["свобода слова", "freedom of expression"],
            ["казахстан", "kazakhstan"],
            ["прокуратура", "prosecutor"],
        ],
        Glossary.RussianKeys,
        Glossary.RussianKeys);

    private static readonly Glossary Kazakh = Glossary.Parse(
        [["журналист", "journalist"], ["қанша", "how many"], ["ұстау", "detain | arrest"], ["қазақстан", "kazakhstan"]],
        KazakhSuffixStripper.TermKeys,
        KazakhSuffixStripper.Candidates);

    private static readonly HashSet<string> ReportWords = ["umarova", "hakimov", "zhanaozen"];

    [Theory]
    [InlineData("Сколько журналистов задерживают в Казахстане?", "how many journalist detain kazakhstan", 4, 4)]
    [InlineData("что со свободой слова в 2016 году", "freedom of expression 2016", 2, 2)]
    [InlineData("свобода слова в 2016 г. и журналисты", "freedom of expression 2016 journalist", 3, 3)]
    [InlineData("журналисты и NGO", "journalist ngo", 2, 2)]
    [InlineData("сколько журналистов задерживают и сколько в прокуратуре", "how many journalist detain and how many prosecutor", 5, 5)]
    [InlineData("что случилось с Умаровой", "Umarova", 1, 1)]
    [InlineData("задерживают ли блогеров", "detain", 2, 1)]
    public void Translate_Russian_GlossaryEnglishNamesNumbersAndLatinWords(string question, string english, int content, int understood)
    {
        var translation = GlossaryTranslator.Translate(question, Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(content, translation.ContentWords);
        Assert.Equal(understood, translation.Understood);
    }

    // Forms Snowball cuts apart from their dictionary form. The fleeting vowel: a form with it meets a dictionary
    // form without it ("пыток", "тюрем"), and the other way ("отцом" meets "отец"). A "-ей" noun's other forms keep
    // its vowel ("евреев" → евре, "еврей" → евр), and "-ат" after a hushing letter is not cut ("лечат", "лечить" → леч).
    [Theory]
    [InlineData("сколько пыток", "how many torture")]
    [InlineData("условия тюрем", "conditions prison")]
    [InlineData("что с отцом", "father")]
    [InlineData("пытки в тюрьме", "torture prison")]
    [InlineData("сколько евреев", "how many jews")]
    [InlineData("как лечат", "treat")]
    [InlineData("случаев пыток", "cases torture")]
    public void Translate_FormTheStemmerCutsApart_FoundByAnExtraKey(string question, string english)
    {
        var glossary = Glossary.Parse(
            [["сколько", "how many"], ["пытка", "torture"], ["тюрьма", "prison"], ["условие", "conditions"], ["отец", "father"], ["еврей", "jews"], ["лечить", "treat"], ["случай", "cases"]],
            Glossary.RussianFleetingKeys,
            Glossary.RussianFleetingKeys);

        var translation = GlossaryTranslator.Translate(question, Language.Russian, glossary, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Empty(translation.Unknown);
    }

    // A misspelt Russian word meets the one glossary word a letter away; a word as far from two terms, or off by
    // its first letter, stays unknown.
    [Theory]
    [InlineData("сколько журналистов в прокуротуре", "how many journalist prosecutor", "")]
    [InlineData("журнолисты", "journalist", "")]
    [InlineData("курналисты", "", "курналисты")]
    public void Translate_RussianTypo_OneLetterOffAGlossaryWord(string question, string english, string unknown)
    {
        var translation = GlossaryTranslator.Translate(question, Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(unknown, string.Join(',', translation.Unknown));
    }

    // A misspelt inflected form whose stem the misspelling spoils: the one term a letter away finds; none when the
    // word is short, or two terms are as near.
    [Theory]
    [InlineData("журналистовв", "journalist", "")]
    [InlineData("задерживаюут", "detain", "")]
    [InlineData("прокуратуроой", "prosecutor", "")]
    [InlineData("жрналистов", "journalist", "")]
    [InlineData("жрнлистов", "", "жрнлистов")]
    [InlineData("кзахи", "", "кзахи")]
    public void Translate_RussianInflectedTypo_TheOneTermALetterAway(string question, string english, string unknown)
    {
        var translation = GlossaryTranslator.Translate(question, Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(unknown, string.Join(',', translation.Unknown));
    }

    // Each misspelt word costs about a millisecond: a question is corrected for its first six only.
    [Fact]
    public void Translate_SevenMisspeltWords_TheFirstSixCorrected()
    {
        var translation = GlossaryTranslator.Translate(string.Join(' ', Enumerable.Repeat("журналистовв", 7)), Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal(6, translation.Understood);
        Assert.Equal(["журналистовв"], translation.Unknown);
    }

    [Fact]
    public void CorrectedMatch_TwoTermsALetterAway_None()
    {
        var glossary = Glossary.Parse([["посадить", "imprison"], ["посол", "ambassador"]], Glossary.RussianKeys, Glossary.RussianKeys);

        Assert.Null(glossary.CorrectedMatch("посодили"));
        Assert.Equal("imprison", glossary.CorrectedMatch("посадилли")?.English[0]);
    }

    // Names as the reports spell them: "й" as "i" (Kazakh names), a double letter typed once or a single one twice,
    // the "-ya" of a feminine name; a short word is not undoubled into a common one ("парртия" is no "part"), and a
    // common English word found so stays lower case.
    [Theory]
    [InlineData("что сказала майна", "Maina", "")]
    [InlineData("сейтказы арестовали", "Seitkazy", "арестовали")]
    [InlineData("гинатулина задержали", "Ginatullin detain", "")]
    [InlineData("дело натальи", "Natalya", "дело")]
    [InlineData("парртия", "", "парртия")]
    [InlineData("лимит", "limit", "")] // a common English word: not capitalised as a name
    public void Translate_NameSpelledOtherwise_TheReportsSpelling(string question, string english, string unknown)
    {
        HashSet<string> reportWords = ["maina", "seitkazy", "ginatullin", "natalya", "part", "limit"];

        var translation = GlossaryTranslator.Translate(question, Language.Russian, Russian, null, reportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(unknown, string.Join(',', translation.Unknown));
    }

    // "суда" (of суд, court) is also the stem Snowball cuts "судан" to: the term whose own word it is wins over the
    // one that only shares the key, and Sudan is still found when named.
    [Theory]
    [InlineData("дошло до суда", "court")]
    [InlineData("что в судане", "sudan")]
    public void Translate_FormThatIsAlsoAnotherTermsStem_TheTermItIsAFormOf(string question, string english)
    {
        var glossary = Glossary.Parse([["суд", "court"], ["судан", "sudan"]], Glossary.RussianFleetingKeys, Glossary.RussianFleetingKeys);

        var translation = GlossaryTranslator.Translate(question, Language.Russian, glossary, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
    }

    [Fact]
    public void Translate_ShippedGlossary_CourtIsNotSudan()
    {
        var translation = GlossaryTranslator.Translate("сколько дел о пытках дошло до суда", Language.Russian, ReportWords.Contains);

        Assert.Contains("court", translation.English, StringComparison.Ordinal);
        Assert.DoesNotContain("sudan", translation.English + " " + translation.Alternatives, StringComparison.Ordinal);
    }

    // A surname no report spells is kept, in Latin letters and without its case ending, for the absent-name check;
    // a form common nouns share only where the question capitalised it.
    [Theory]
    [InlineData("что с бишимбаевым", Language.Russian, "Bishimbayev")]
    [InlineData("дело умаровой", Language.Russian, "Umarova")]
    [InlineData("дело Бишимбаев", Language.Russian, "Bishimbayev")]
    [InlineData("сколько баптистов", Language.Russian, "how many")]
    [InlineData("сколько Петровых", Language.Russian, "how many")]
    [InlineData("говядина", Language.Russian, "")]
    [InlineData("что с Колесниковой", Language.Russian, "Kolesnikova")]
    [InlineData("бишімбаевтың ісі", Language.Kazakh, "Bishimbayev")]
    public void Translate_SurnameTheReportsDoNotSpell_KeptForTheAbsentNameCheck(string question, Language language, string english)
    {
        var translation = GlossaryTranslator.Translate(question, language, language == Language.Kazakh ? Kazakh : Russian, null, ReportWords.Contains);

        Assert.Equal(english, translation.English);
    }

    // A word Russian took from English or Latin, found as the reports spell it; not when they do not use it.
    [Theory]
    [InlineData("радикализация журналистов", "radicalization journalist", "")]
    [InlineData("экстрадировали журналиста", "extradite journalist", "")]
    [InlineData("ксенофобия", "xenophobia", "")]
    [InlineData("легализация", "", "легализация")]
    public void Translate_RussianLoanword_TheReportsEnglishWord(string question, string english, string unknown)
    {
        HashSet<string> reportWords = ["radicalization", "extradite", "xenophobia"];

        var translation = GlossaryTranslator.Translate(question, Language.Russian, Russian, null, reportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(unknown, string.Join(',', translation.Unknown));
    }

    [Theory]
    [InlineData("журналист", "журналист", false)]
    [InlineData("журналист", "журнолист", true)]
    [InlineData("журналист", "журналсит", true)]
    [InlineData("журналист", "журналистт", true)]
    [InlineData("журналист", "журнлист", true)]
    [InlineData("журналист", "жрунлаист", false)]
    [InlineData("пытка", "пытки", true)]
    public void OneEditApart_SubstitutionInsertionDeletionOrSwap(string a, string b, bool expected)
        => Assert.Equal(expected, Glossary.OneEditApart(a, b));

    [Fact]
    public void Translate_KazakhEndingAfterAHyphen_TheWordAlone()
    {
        var translation = GlossaryTranslator.Translate("журналист-тер қанша", Language.Kazakh, Kazakh, null, ReportWords.Contains);

        Assert.Equal("journalist how many", translation.English);
    }

    [Fact]
    public void Translate_KazakhYearWordAfterAYear_LeftToTheScope()
    {
        var translation = GlossaryTranslator.Translate("2023 жылы қанша журналист", Language.Kazakh, Kazakh, null, ReportWords.Contains);

        Assert.Equal("2023 how many journalist", translation.English);
    }

    [Fact]
    public void Translate_TermWithSeveralRenderings_LikeliestSearchedOthersAsSynonyms()
    {
        var translation = GlossaryTranslator.Translate("задерживают", Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal("detain", translation.English);
        Assert.Equal("arrest", translation.Alternatives);
    }

    [Fact]
    public void Translate_VerbFormTheStemmerLeavesShort_FoundByTheNearestLongerKey()
    {
        var glossary = Glossary.Parse([["блокировать", "block"], ["преследовать", "harass"]], Glossary.RussianKeys, Glossary.RussianKeys);

        var translation = GlossaryTranslator.Translate("блокируют и преследуют", Language.Russian, glossary, null, ReportWords.Contains);

        Assert.Equal("block harass", translation.English);
        Assert.Equal(2, translation.Understood);
    }

    [Fact]
    public void Translate_KazakhFunctionWordSharingAVerbRoot_LeftOut()
    {
        var glossary = Glossary.Parse([["бару", "travel"], ["түрме", "prison"]], KazakhSuffixStripper.TermKeys, KazakhSuffixStripper.Candidates);

        var translation = GlossaryTranslator.Translate("түрмеде бар ма", Language.Kazakh, glossary, Russian, ReportWords.Contains);

        Assert.Equal("prison", translation.English);
        Assert.Equal(1, translation.ContentWords);
    }

    [Fact]
    public void Translate_ChatFiller_LeftOutEvenWhereTheGlossaryHasIt()
    {
        var glossary = Glossary.Parse([["правда", "true"], ["журналист", "journalist"]], Glossary.RussianKeys, Glossary.RussianKeys);

        var translation = GlossaryTranslator.Translate("правда что журналистов", Language.Russian, glossary, null, ReportWords.Contains);

        Assert.Equal("journalist", translation.English);
        Assert.Equal(1, translation.ContentWords);
    }

    [Fact]
    public void Translate_PastFormShorterThanItsVerb_FoundByItsStemLessALetter()
    {
        var glossary = Glossary.Parse([["погибший", "dead"], ["полиция", "police"]], Glossary.RussianKeys, Glossary.RussianKeys);

        var translation = GlossaryTranslator.Translate("погибло", Language.Russian, glossary, null, ReportWords.Contains);

        Assert.Equal("dead", translation.English);
    }

    [Fact]
    public void Translate_RussianWithUnknownWord_NamesIt()
    {
        var translation = GlossaryTranslator.Translate("задерживают ли блогеров", Language.Russian, Russian, null, ReportWords.Contains);

        Assert.Equal(["блогеров"], translation.Unknown);
    }

    [Theory]
    [InlineData("қазақстанда журналистерді ұстай ма", "kazakhstan journalist detain", 3)]
    [InlineData("казакстанда канша журналист устады", "kazakhstan how many journalist detain", 4)]
    [InlineData("жаңаөзенде не болды", "Zhanaozen", 1)]
    public void Translate_Kazakh_KazakhGlossaryFoldedLettersAndNames(string question, string english, int understood)
    {
        var translation = GlossaryTranslator.Translate(question, Language.Kazakh, Kazakh, Russian, ReportWords.Contains);

        Assert.Equal(english, translation.English);
        Assert.Equal(understood, translation.Understood);
    }

    [Fact]
    public void Translate_KazakhWithARussianWord_FoundInTheRussianGlossary()
    {
        var translation = GlossaryTranslator.Translate("прокуратура қанша", Language.Kazakh, Kazakh, Russian, ReportWords.Contains);

        Assert.Equal("prosecutor how many", translation.English);
        Assert.Equal(2, translation.Understood);
    }
}
