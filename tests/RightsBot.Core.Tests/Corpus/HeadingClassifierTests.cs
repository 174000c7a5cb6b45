using RightsBot.Core.Corpus;
using RightsBot.Core.Tests.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Corpus;

public class HeadingClassifierTests
{
    private static readonly string[] MinorWords = WordList.Words(HeadingClassifier.MinorWordsFile);

    public static TheoryData<string> Minor() => [.. MinorWords];

    [Fact]
    public void MinorWords_WellFormed()
        => WordListAssert.KeysUniqueAndLowerCase(MinorWords, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Minor))]
    public void ToDisplayAndClassify_EveryMinorWord_StaysLowerInATitle(string word)
    {
        Assert.Equal($"Rights {word} Workers", HeadingClassifier.ToDisplay($"RIGHTS {word.ToUpperInvariant()} WORKERS"));
        Assert.Equal(BlockKind.Subheading, HeadingClassifier.Classify($"Rights {word} Workers"));
    }

    [Theory]
    [InlineData("Section 1. Respect for the Integrity of the Person, Including Freedom from:", BlockKind.Section)]
    [InlineData("Section 2. Liberty", BlockKind.Section)]
    [InlineData("EXECUTIVE SUMMARY", BlockKind.Section)]
    [InlineData("c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", BlockKind.Subsection)]
    [InlineData("b. Disappearance", BlockKind.Subsection)]
    [InlineData("FREEDOM OF ASSEMBLY", BlockKind.Subheading)]
    [InlineData("ROLE OF THE POLICE AND SECURITY APPARATUS", BlockKind.Subheading)]
    [InlineData("Prison and Detention Center Conditions", BlockKind.Subheading)]
    [InlineData("Acts of Violence, Discrimination, and Other Abuses Based on Sexual Orientation and Gender Identity", BlockKind.Subheading)]
    [InlineData("Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics", BlockKind.Subheading)]
    [InlineData("Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics of All Kinds and Places", BlockKind.Paragraph)]
    [InlineData("National/Racial/Ethnic Minorities", BlockKind.Subheading)]
    [InlineData("Wage, Hour, and OSH Enforcement", BlockKind.Subheading)]
    [InlineData("There were no reports of politically motivated disappearances.", BlockKind.Paragraph)]
    [InlineData("Civilian authorities maintained effective control over the security forces.", BlockKind.Paragraph)]
    [InlineData("Physical Conditions: According to PRI, men and women were held separately.", BlockKind.Paragraph)]
    [InlineData("See the Department of State’s annual Trafficking in Persons Report at .", BlockKind.Paragraph)]
    [InlineData("a. The government restricted the work of journalists in several regions.", BlockKind.Paragraph)]
    [InlineData("- Arbitrary arrest and detention", BlockKind.ListItem)]
    public void Classify_KnownShapes_ReturnsKind(string block, BlockKind expected)
        => Assert.Equal(expected, HeadingClassifier.Classify(block));

    [Theory]
    [InlineData("Physical Conditions: According to PRI, men and women were held separately.", "Physical Conditions")]
    [InlineData("Rape and Domestic Violence: The law criminalizes rape.", "Rape and Domestic Violence")]
    [InlineData("Libel/Slander Laws: The law criminalizes libel.", "Libel/Slander Laws")]
    [InlineData("In-country Movement: Citizens must register.", "In-country Movement")]
    [InlineData("Significant human rights issues included credible reports of: torture.", null)]
    [InlineData("The law provides for the following: freedom of speech.", null)]
    [InlineData("According to PRI, men and women were held separately.", null)]
    public void LeadIn_ParagraphStart_ReturnsLeadInOrNull(string paragraph, string? expected)
        => Assert.Equal(expected, HeadingClassifier.LeadIn(paragraph));

    [Theory]
    [InlineData("FREEDOM OF ASSEMBLY", "Freedom of Assembly")]
    [InlineData("ARREST PROCEDURES AND TREATMENT OF DETAINEES", "Arrest Procedures and Treatment of Detainees")]
    [InlineData("Prison and Detention Center Conditions", "Prison and Detention Center Conditions")]
    public void ToDisplay_AllCaps_BecomesTitleCase(string heading, string expected)
        => Assert.Equal(expected, HeadingClassifier.ToDisplay(heading));
}
