using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public sealed class QuantityEvidenceTests
{
    [Theory]
    [InlineData("How many journalists were detained?", true)]
    [InlineData("how much compensation did the families get?", true)]
    [InlineData("What share of the vote did the president get?", true)]
    [InlineData("What was the turnout in the March elections?", true)]
    [InlineData("What was the turnout and final result of the referendum?", true)]
    [InlineData("What exactly was the national monthly minimum wage in tenge in 2022?", true)]
    [InlineData("what's the death toll from the clashes?", true)]
    [InlineData("What did the minimum wage law change?", false)]
    [InlineData("Is there a total ban on protests?", false)]
    [InlineData("What happened to the detained journalists?", false)]
    [InlineData("Was the turnout of protesters large?", false)]
    public void AsksForQuantity_RecognisesQuestionsThatWantAFigure(string question, bool asks)
        => Assert.Equal(asks, QuantityEvidence.AsksForQuantity(question));

    [Theory]
    [InlineData("Turnout was 63 percent.", true)]
    [InlineData("Authorities detained 194 people in 2016.", true)]
    [InlineData("Hundreds of workers went on strike.", true)]
    [InlineData("Three guards were convicted.", true)]
    [InlineData("The referendum took place on October 6, 2016.", false)]
    [InlineData("On 19 March the commission announced the result.", false)]
    [InlineData("The 2016-17 budget year began late.", false)]
    [InlineData("See Section 2.b for the law on assembly.", false)]
    [InlineData("The minimum wage was above the poverty line.", false)]
    public void HasQuantity_CountsNumbersButNotYearsDatesOrSections(string text, bool has)
        => Assert.Equal(has, QuantityEvidence.HasQuantity(text));

    [Theory]
    [InlineData("Turnout was 77.2 percent.", true)]
    [InlineData("Some 12% of detainees were women.", true)]
    [InlineData("Nearly half of the judges were women.", true)]
    [InlineData("One in five girls married before 18.", true)]
    [InlineData("Two-thirds of the prisoners awaited trial.", true)]
    [InlineData("The ruling party won 84 seats.", false)]
    [InlineData("It acted on behalf of 40 families.", false)]
    public void HasShare_CountsPercentagesAndFractionsNotCounts(string text, bool has)
        => Assert.Equal(has, QuantityEvidence.HasShare(text));
}
