using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public sealed class ChatSpeakTests
{
    [Theory]
    [InlineData("how many ppl got picked up by police", "how many people got picked up by police")]
    [InlineData("whats the deal w internet cafes", "what is the deal with internet cafes")]
    [InlineData("can u get fined bc of a post?", "can you get fined because of a post?")]
    [InlineData("did the govt / gov't block it w/o a court order", "did the government / government block it without a court order")]
    [InlineData("r there quotas for disabled ppl in govt jobs?", "are there quotas for disabled people in government jobs?")]
    [InlineData("can bosses make ppl work 60 hrs a week", "can bosses make people work 60 hours a week")]
    [InlineData("protests w/police present", "protests with police present")]
    [InlineData("the ppl-smuggling ring", "the people-smuggling ring")]
    [InlineData("Govt critics jailed?", "Government critics jailed?")] // a capital that starts the question is not a name
    [InlineData("Dont they need a permit? Govt says so.", "Do not they need a permit? Government says so.")]
    public void Expand_SpellsOutShorthand(string question, string expected)
        => Assert.Equal(expected, ChatSpeak.Expand(question));

    [Theory]
    [InlineData("What did the U.S. embassy say?")] // capital single letters stay
    [InlineData("Was editor of Saryagash Info punished?")] // a capitalised word inside a sentence is a name
    [InlineData("What did Gov. Ortiz say?")] // a title with its full stop
    [InlineData("Was the journalist r. smith detained?")] // an initial
    [InlineData("Is information about prisons published?")]
    [InlineData("Were u2 concerts banned?")] // a letter with a digit is a name
    [InlineData("")]
    public void Expand_LeavesEverythingElseAsTyped(string question)
        => Assert.Equal(question, ChatSpeak.Expand(question));
}
