using RightsBot.Core.Answering;

namespace RightsBot.Core.Tests.Answering;

public sealed class QuestionLanguageTests
{
    [Theory]
    [InlineData("What restrictions on peaceful assembly exist in Kazakhstan?", true)]
    [InlineData("whats the deal w/ internet cafes id checks", true)]
    [InlineData("Is the café owner in Almaty required to check IDs?", true)]
    [InlineData("What did the report say about Назарбаев?", true)]
    [InlineData("", true)]
    [InlineData("2016?", true)]
    [InlineData("Какие ограничения на мирные собрания есть в Казахстане?", false)]
    [InlineData("Қазақстанда бейбіт жиындарға қандай шектеулер бар?", false)]
    [InlineData("ما هي القيود على حرية التجمع؟", false)]
    [InlineData("集会自由有哪些限制？", false)]
    public void LooksEnglish_Question_JudgesByScript(string text, bool expected)
        => Assert.Equal(expected, QuestionLanguage.LooksEnglish(text));
}
