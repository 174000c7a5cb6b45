using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public sealed class ChatSpeakTests
{
    private static readonly IReadOnlyList<string[]> Words = WordList.Read(ChatSpeak.WordsFile, 2);
    private static readonly IReadOnlyList<string[]> Phrases = WordList.Read(ChatSpeak.PhrasesFile, 2);
    private static readonly IReadOnlyList<string[]> Letters = WordList.Read(ChatSpeak.LettersFile, 2);

    public static TheoryData<string, string> Shorthand() => Pairs(Words.Concat(Letters));

    public static TheoryData<string, string> Idioms() => Pairs(Phrases);

    [Fact]
    public void Lists_WellFormed()
    {
        // Letters are looked up before words, and in lower case only: a word that is also a letter entry is never used.
        WordListAssert.KeysUniqueAndLowerCase(Words.Concat(Letters).Select(e => e[0]), StringComparer.OrdinalIgnoreCase);
        WordListAssert.KeysUniqueAndLowerCase(Phrases.Select(e => e[0]), StringComparer.OrdinalIgnoreCase);
        WordListAssert.NoKeyIsItsValue([.. Words, .. Letters, .. Phrases]);
        Assert.All(Phrases, e => Assert.Contains(' ', e[0]));
    }

    // Each entry is found as it is written: the matching is built from the lists, so an entry the regular
    // expressions cannot reach ("2moro" once was) fails here.
    [Theory]
    [MemberData(nameof(Shorthand))]
    public void Expand_EveryShorthandOfTheLists_SpeltOut(string shorthand, string plain)
        => Assert.Equal($"and {plain} then?", ChatSpeak.Expand($"and {shorthand} then?"));

    // The plain words of an idiom are left alone by the shorthand that follows.
    [Theory]
    [MemberData(nameof(Idioms))]
    public void Expand_EveryIdiomOfTheList_SpeltOut(string idiom, string plain)
        => Assert.Equal($"and {plain} then?", ChatSpeak.Expand($"and {idiom} then?"));

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
    [InlineData("my brother is doing time in kz, is there a doctor?", "my brother is in prison in kz, is there a doctor?")]
    [InlineData("can u get locked up for a fb post", "can you get imprisoned for a Facebook post")]
    [InlineData("cops beat up protesters, is he still behind bars?", "cops beat protesters, is he still in prison?")]
    [InlineData("Doing  time for a repost?", "in prison for a repost?")]
    [InlineData("max jail time for it? idk, going tmrw", "max prison sentence for it? I do not know, going tomorrow")]
    [InlineData("how many journos got murdered", "how many journalists got murdered")]
    [InlineData("can they hold him b4 trial, b/c of a post, w/o a lawyer, 2moro?", "can they hold him before trial, because of a post, without a lawyer, tomorrow?")]
    public void Expand_SpellsOutShorthand(string question, string expected)
        => Assert.Equal(expected, ChatSpeak.Expand(question));

    [Theory]
    [InlineData("doing time", "in prison")]
    [InlineData("serving time", "in prison")]
    [InlineData("serve time", "go to prison")]
    [InlineData("jail time", "prison sentence")]
    [InlineData("locked up", "imprisoned")]
    [InlineData("behind bars", "in prison")]
    [InlineData("beat up", "beat")]
    [InlineData("beaten up", "beaten")]
    [InlineData("beating up", "beating")]
    [InlineData("roughed\u00a0up", "beaten")] // any space between the words
    public void Expand_EveryPrisonIdiom_SpeltOut(string idiom, string plain)
        => Assert.Equal($"was he {plain}?", ChatSpeak.Expand($"was he {System.Text.RegularExpressions.Regex.Unescape(idiom)}?"));

    [Theory]
    [InlineData("What did the U.S. embassy say?")] // capital single letters stay
    [InlineData("Was editor of Saryagash Info punished?")] // a capitalised word inside a sentence is a name
    [InlineData("What did Gov. Ortiz say?")] // a title with its full stop
    [InlineData("Was the journalist r. smith detained?")] // an initial
    [InlineData("Is information about prisons published?")]
    [InlineData("Were u2 concerts banned?")] // a letter with a digit is a name
    [InlineData("Do time limits apply to pretrial detention?")] // "do time" is not the idiom here
    [InlineData("Did time in pretrial detention count toward the sentence?")]
    [InlineData("Was FB blocked?")] // a capitalised shorthand inside a sentence may be a name
    [InlineData("Was B/C or W/O a band?")] // shorthand of other characters only as listed
    [InlineData("a b4x or a 2moro2")] // no letter or digit right after them
    [InlineData("")]
    public void Expand_LeavesEverythingElseAsTyped(string question)
        => Assert.Equal(question, ChatSpeak.Expand(question));

    private static TheoryData<string, string> Pairs(IEnumerable<string[]> entries)
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in entries)
        {
            data.Add(entry[0], entry[1]);
        }

        return data;
    }
}
