using System.Text;
using RightsBot.Core.Text;

namespace RightsBot.Core.Corpus;

/// <summary>One paragraph (or part of a long one) of a report: the unit RightsBot retrieves and cites.</summary>
public sealed record Passage
{
    // A passage loaded from the index cache keeps its text as UTF-8 in the cache's one block of all passages'
    // texts and decodes it when asked: at full scale, decoding every text as the cache loaded took most of the
    // load time and about twice the memory, for passages of which a question reads a dozen.
    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly int _start;
    private readonly int _length;

    /// <param name="Id">Stable id: report id and ordinal, e.g. "kazakhstan-2016.42".</param>
    /// <param name="ReportIndex">Index of the report in the corpus.</param>
    /// <param name="SectionPath">Headings above the passage, outermost first, as written in the report.</param>
    /// <param name="Text">The passage text.</param>
    public Passage(string Id, int ReportIndex, IReadOnlyList<string> SectionPath, string Text)
    {
        ArgumentNullException.ThrowIfNull(Text);
        this.Id = Id;
        this.ReportIndex = ReportIndex;
        this.SectionPath = SectionPath;
        _text = Text;
    }

    /// <summary>A passage whose text is <paramref name="length"/> bytes of UTF-8 at <paramref name="start"/> in <paramref name="utf8"/>.</summary>
    internal Passage(string id, int reportIndex, IReadOnlyList<string> sectionPath, byte[] utf8, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + (long)length, utf8.Length, nameof(length));
        Id = id;
        ReportIndex = reportIndex;
        SectionPath = sectionPath;
        _utf8 = utf8;
        _start = start;
        _length = length;
    }

    /// <summary>Stable id: report id and ordinal, e.g. "kazakhstan-2016.42".</summary>
    public string Id { get; }

    /// <summary>Index of the report in the corpus.</summary>
    public int ReportIndex { get; }

    /// <summary>Headings above the passage, outermost first, as written in the report.</summary>
    public IReadOnlyList<string> SectionPath { get; }

    /// <summary>The passage text.</summary>
    public string Text => _text ?? Encoding.UTF8.GetString(_utf8!, _start, _length);

    /// <summary>The text as UTF-8: the bytes it is held in when loaded or built, else encoded now.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8 is null ? Encoding.UTF8.GetBytes(_text!) : _utf8.AsSpan(_start, _length);

    /// <summary>Number of whitespace-separated words (counted when asked: loading a large cache need not pay for it).</summary>
    public int WordCount => TextUtil.CountWords(Text);

    /// <summary>Passages are equal when their ids, reports, headings and texts are, however their texts are held.</summary>
    public bool Equals(Passage? other)
        => other is not null && Id == other.Id && ReportIndex == other.ReportIndex
           && SectionPath.SequenceEqual(other.SectionPath) && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Id, ReportIndex);
}
