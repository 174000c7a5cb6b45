using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Text;

public sealed class WordListTests
{
    private const string ResourcePrefix = "RightsBot.Core.";
    private const string Extension = ".tsv";

    // Every list the assembly carries, by the name WordList.Read takes.
    public static TheoryData<string> EmbeddedLists() => [.. ListNames()];

    [Fact]
    public void Parse_CommentsAndBlankLinesSkipped_FieldsSplitAtTabs()
    {
        var entries = WordList.Parse("test.tsv", new StringReader("# a comment\n\ncop\tpolice\r\nbehind bars\timprisoned prison\n#\tcomment\n"), 2);

        Assert.Equal([["cop", "police"], ["behind bars", "imprisoned prison"]], entries);
    }

    [Theory]
    [InlineData("cop\tpolice\nbribe\n", "test.tsv, line 2: 1 tab-separated fields where 2 are expected")]
    [InlineData("cop\tpolice\tarrest\n", "test.tsv, line 1: 3 tab-separated fields where 2 are expected")]
    [InlineData("# x\ncop\t\n", "test.tsv, line 2: the field \"\" is empty, or has spaces at an end or two in a row")]
    [InlineData("cop \tpolice\n", "test.tsv, line 1: the field \"cop \" is empty, or has spaces at an end or two in a row")]
    [InlineData("cop\tpolice  officers\n", "test.tsv, line 1: the field \"police  officers\" is empty, or has spaces at an end or two in a row")]
    [InlineData(" \n", "test.tsv, line 1: 1 tab-separated fields where 2 are expected")]
    public void Parse_MalformedLine_NamesTheListAndTheLine(string text, string message)
        => Assert.Equal(message, Assert.Throws<InvalidDataException>(() => WordList.Parse("test.tsv", new StringReader(text), 2)).Message);

    [Fact]
    public void Read_ListTheAssemblyLacks_SaysWhich()
        => Assert.Equal("the assembly lacks the word list nothing.tsv", Assert.Throws<InvalidOperationException>(() => WordList.Read("nothing.tsv", 1)).Message);

    [Fact]
    public void EmbeddedLists_EveryFileInResources()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src", "RightsBot.Core", "Resources"), "*" + Extension).Select(Path.GetFileName);

        Assert.Equal(files.Order(StringComparer.Ordinal), ListNames().Order(StringComparer.Ordinal));
    }

    // One format for all: a comment says what the list is and what its fields are, and every entry has as many
    // fields as the first.
    [Theory]
    [MemberData(nameof(EmbeddedLists))]
    public void EmbeddedList_OpensWithAComment_EveryEntryAsWideAsTheFirst(string name)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(ResourcePrefix + name)!;
        var text = new StreamReader(stream).ReadToEnd();
        var width = text.Split('\n').First(l => l.Length > 0 && l[0] != '#').Split('\t').Length;

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.NotEmpty(WordList.Read(name, width));
    }

    private static IEnumerable<string> ListNames()
        => typeof(WordList).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);
}
