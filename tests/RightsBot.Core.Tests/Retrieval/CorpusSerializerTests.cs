using System.Text;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

public class CorpusSerializerTests
{
    private static readonly ReportCorpus Corpus = new(
        [
            new Report("kazakhstan-2016", "Kazakhstan", 2016, "2016 Country Reports on Human Rights Practices: Kazakhstan", "kazakhstan-2016.txt",
                "https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/"),
            new Report("cote-divoire-2023", "Côte d’Ivoire", 2023, "2023 Country Reports on Human Rights Practices: Côte d’Ivoire", "cote-divoire-2023.txt"),
        ],
        [
            new Passage("kazakhstan-2016.0", 0, ["EXECUTIVE SUMMARY"], "The Republic of Kazakhstan has a government system dominated by the president."),
            new Passage("kazakhstan-2016.1", 0, ["Section 1. Respect", "c. Torture"], string.Empty),
            new Passage("cote-divoire-2023.0", 1, ["Section 2. Civil Liberties"], "Journalists in Côte d’Ivoire reported “pressure” — and self‑censorship."),
        ],
        [(0, 2), (2, 3)]);

    [Fact]
    public void WriteThenRead_SamePassagesAndTexts()
    {
        var read = RoundTrip(Write(Corpus));

        Assert.Equal(Corpus.Reports, read.Reports);
        Assert.Equal(["https://www.state.gov/reports/2016-country-reports-on-human-rights-practices/kazakhstan/", null], read.Reports.Select(r => r.Url));
        Assert.Equal(Corpus.Passages, read.Passages);
        Assert.Equal(Corpus.ReportRanges, read.ReportRanges);
        Assert.Equal("Journalists in Côte d’Ivoire reported “pressure” — and self‑censorship.", read.Passages[2].Text);
        Assert.Equal(string.Empty, read.Passages[1].Text);
        Assert.Equal(9, read.Passages[2].WordCount);
        Assert.Equal(2, read.IndexOf("cote-divoire-2023.0"));
    }

    [Fact]
    public void Passages_SameTextHeldEitherWay_AreEqual()
    {
        var utf8 = Encoding.UTF8.GetBytes("xx Prison conditions were harsh.");
        var loaded = new Passage("a.0", 0, ["Prisons"], utf8, 3, utf8.Length - 3);
        var built = new Passage("a.0", 0, ["Prisons"], "Prison conditions were harsh.");

        Assert.Equal(built, loaded);
        Assert.Equal(built.GetHashCode(), loaded.GetHashCode());
        Assert.NotEqual(built, new Passage("a.0", 0, ["Prisons"], "Prison conditions were mild."));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Passage("a.1", 0, [], utf8, 10, utf8.Length));
    }

    [Fact]
    public void Read_DamagedTextOffsets_ThrowsInvalidData()
    {
        var bytes = Write(Corpus);
        // The offsets of the three texts start right after the last passage's heading index; make the second
        // smaller than the first.
        var offsetsAt = OffsetsPosition(bytes);
        BitConverter.GetBytes(-5).CopyTo(bytes, offsetsAt + 4);

        Assert.Throws<InvalidDataException>(() => RoundTrip(bytes));
    }

    private static byte[] Write(ReportCorpus corpus)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CorpusSerializer.Write(writer, corpus);
        }

        return stream.ToArray();
    }

    private static ReportCorpus RoundTrip(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        return CorpusSerializer.Read(reader);
    }

    // Where the text offsets begin: the serialized length without them, the texts and the ranges.
    private static int OffsetsPosition(byte[] bytes)
    {
        var texts = Corpus.Passages.Sum(p => Encoding.UTF8.GetByteCount(p.Text));
        var ranges = 4 + (Corpus.ReportRanges.Count * 8);
        return bytes.Length - ranges - texts - ((Corpus.Passages.Count + 1) * 4);
    }
}
