using System.Text.RegularExpressions;
using RightsBot.Core.Answering;

namespace RightsBot.Core.Tests.Answering;

public partial class TextFragmentLinkTests
{
    private const string Page = "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/";

    [Theory]
    [InlineData("plain words", "plain%20words")]
    [InlineData("arrests, detentions", "arrests%2C%20detentions")]
    [InlineData("so-called", "so%2Dcalled")]
    [InlineData("2015–2016 — and", "2015%E2%80%932016%20%E2%80%94%20and")]
    [InlineData("Health & Safety", "Health%20%26%20Safety")]
    [InlineData("the prosecutor's office", "the%20prosecutor's%20office")]
    [InlineData("the prosecutor’s office", "the%20prosecutor%E2%80%99s%20office")]
    [InlineData("“pressure”", "%E2%80%9Cpressure%E2%80%9D")]
    [InlineData("Türkiye", "T%C3%BCrkiye")]
    [InlineData("Côte d’Ivoire", "C%C3%B4te%20d%E2%80%99Ivoire")]
    [InlineData("São Tomé", "S%C3%A3o%20Tom%C3%A9")]
    [InlineData("Bureau (KIBHR)", "Bureau%20%28KIBHR%29")]
    [InlineData("50% of #1", "50%25%20of%20%231")]
    [InlineData("1.c: a/b?x=y@z_!$*+;~", "1.c:%20a/b?x=y@z_!$*+;~")]
    [InlineData("\"quoted\" <b>", "%22quoted%22%20%3Cb%3E")]
    [InlineData("𝔘nicode", "%F0%9D%94%98nicode")]
    public void Encode_Term_PercentEncodesWhatTheSpecRequires(string term, string expected)
        => Assert.Equal(expected, TextFragmentLink.Encode(term));

    [Theory]
    // Shorter than the word count, or up to twice it: the whole passage is the start.
    [InlineData("Not applicable.", 4, "Not%20applicable.")]
    [InlineData("Police detained 12 journalists in Almaty, Astana, and Shymkent.", 5,
        "Police%20detained%2012%20journalists%20in%20Almaty%2C%20Astana%2C%20and%20Shymkent.")]
    // Longer: its first and last words.
    [InlineData("The prosecutor general indicated its office registered 600 torture complaints on average per year.", 4,
        "The%20prosecutor%20general%20indicated,on%20average%20per%20year.")]
    [InlineData("The prosecutor general indicated its office registered 600 torture complaints on average per year.", 2,
        "The%20prosecutor,per%20year.")]
    // Commas, dashes and ampersands in either term.
    [InlineData("Non-governmental, state-run & private shelters took in 40 victims; the rest – about 10 – went home, unhelped.", 3,
        "Non%2Dgovernmental%2C%20state%2Drun%20%26,went%20home%2C%20unhelped.")]
    // Non-ASCII letters and curly quotes.
    [InlineData("Türkiye’s courts sentenced “dozens” of journalists in 2023, per the NGO’s count, and none in Côte d’Ivoire.", 4,
        "T%C3%BCrkiye%E2%80%99s%20courts%20sentenced%20%E2%80%9Cdozens%E2%80%9D,none%20in%20C%C3%B4te%20d%E2%80%99Ivoire.")]
    // A heading-like lead-in is part of the paragraph on the page, so it leads the start.
    [InlineData("Physical Conditions: According to PRI, youths often were held with adults of the same sex.", 4,
        "Physical%20Conditions:%20According%20to,of%20the%20same%20sex.")]
    // A list: the start from its paragraph, the end from its last item, without the "- " the page shows as a bullet.
    [InlineData("The law provides for the following penalties for those who fail to register:\n- a fine of up to 100 monthly indices\n- up to two years in prison", 4,
        "The%20law%20provides%20for,two%20years%20in%20prison")]
    [InlineData("- a fine of up to 100 monthly indices", 4, "a%20fine%20of%20up%20to%20100%20monthly%20indices")]
    public void For_Passage_LinksItsFirstAndLastWords(string passage, int words, string expected)
        => Assert.Equal(Page + "#:~:text=" + expected, TextFragmentLink.For(Page, passage, words));

    [Theory]
    [InlineData(null, "Some text.")]
    [InlineData("", "Some text.")]
    [InlineData(Page, "  \n ")]
    public void For_NoPageOrNoText_IsNull(string? page, string passage)
        => Assert.Null(TextFragmentLink.For(page, passage, 4));

    [Fact]
    public void For_PageWithAFragment_PutsTheDirectiveAfterIt()
        => Assert.Equal("https://example.org/r#top:~:text=Not%20applicable.", TextFragmentLink.For("https://example.org/r#top", "Not applicable.", 4));

    [Theory]
    // Earlier text holds the first four words: the start grows until it is the passage's own.
    [InlineData("The government did not prosecute anyone.", "The%20government%20did%20not%20respect")]
    // Case and accents do not make a difference to a browser, so not here either.
    [InlineData("THE GOVERNMENT DÎD NOT prosecute anyone.", "The%20government%20did%20not%20respect")]
    // Part of a longer word is no match: browsers match whole words.
    [InlineData("The government did nothing.", "The%20government%20did%20not")]
    public void For_StartFoundAbove_GrowsUntilItIsThePassages(string above, string expectedStart)
    {
        const string passage = "The government did not respect these prohibitions in practice, and officials tortured detainees in custody.";

        var link = TextFragmentLink.For(Page, passage, 4, ["Unrelated text.", above]);

        Assert.Equal(Page + "#:~:text=" + expectedStart + ",tortured%20detainees%20in%20custody.", link);
    }

    [Fact]
    public void For_ParagraphRepeatedWordForWordAbove_KeepsTheShortestStart()
    {
        const string passage = "See the Department of State’s annual Trafficking in Persons Report at https://www.state.gov/trafficking-in-persons-report/.";

        var link = TextFragmentLink.For(Page, passage, 4, ["Intro.", passage]);

        Assert.Equal(Page + "#:~:text=See%20the%20Department%20of,Persons%20Report%20at%20https://www.state.gov/trafficking%2Din%2Dpersons%2Dreport/.", link);
    }

    [Fact]
    public void For_EndAlsoEarlierInThePassage_GrowsUntilItIsTheLast()
    {
        const string passage = "Officials said the law was applied in the country. Critics said many cases went unreported in the country.";

        Assert.Equal(Page + "#:~:text=Officials%20said%20the,unreported%20in%20the%20country.", TextFragmentLink.For(Page, passage, 3));
    }

    [Theory]
    [InlineData("Non-governmental, state-run & private shelters – in Türkiye and Côte d’Ivoire – took in “40” victims (and more), per the NGO's count.")]
    [InlineData("The prosecutor general indicated its office registered 600 torture complaints on average per year.")]
    public void For_AnyPassage_EachTermIsATextDirectiveStringThatDecodesToThePassagesWords(string passage)
    {
        var link = TextFragmentLink.For(Page, passage, 3)!;

        var terms = link[(Page + TextFragmentLink.Directive).Length..].Split(',');
        Assert.Equal(2, terms.Length);
        Assert.All(terms, t => Assert.Matches(DirectiveStringRegex(), t));
        Assert.StartsWith(Uri.UnescapeDataString(terms[0]), passage, StringComparison.Ordinal);
        Assert.EndsWith(Uri.UnescapeDataString(terms[1]), passage, StringComparison.Ordinal);
    }

    // The spec's TextDirectiveString: explicit characters or percent-encoded bytes, never '-', ',' or '&' bare.
    [GeneratedRegex(@"^(?:[a-zA-Z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$")]
    internal static partial Regex DirectiveStringRegex();
}
