using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>Writes and reads a parsed corpus in a compact binary form for the index cache.</summary>
internal static class CorpusSerializer
{
    public static void Write(BinaryWriter w, ReportCorpus corpus)
    {
        w.Write(corpus.Reports.Count);
        foreach (var r in corpus.Reports)
        {
            w.Write(r.Id);
            w.Write(r.Country);
            w.Write(r.Year);
            w.Write(r.Title);
            w.Write(r.SourceFile);
            w.Write(r.Url ?? string.Empty);
        }

        // Section paths repeat across many passages: store each distinct heading once.
        var headings = new Dictionary<string, int>(StringComparer.Ordinal);
        var headingList = new List<string>();
        foreach (var p in corpus.Passages)
        {
            foreach (var h in p.SectionPath)
            {
                if (headings.TryAdd(h, headingList.Count))
                {
                    headingList.Add(h);
                }
            }
        }

        w.Write(headingList.Count);
        headingList.ForEach(w.Write);
        w.Write(corpus.Passages.Count);
        foreach (var p in corpus.Passages)
        {
            w.Write(p.Id);
            w.Write(p.ReportIndex);
            w.Write((byte)p.SectionPath.Count);
            foreach (var h in p.SectionPath)
            {
                w.Write(headings[h]);
            }
        }

        // Texts go last as one UTF-8 block with offsets, which loading keeps as it is.
        var offsets = new int[corpus.Passages.Count + 1];
        for (var i = 0; i < corpus.Passages.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + corpus.Passages[i].Utf8.Length);
        }

        foreach (var o in offsets)
        {
            w.Write(o);
        }

        foreach (var p in corpus.Passages)
        {
            w.Write(p.Utf8);
        }

        w.Write(corpus.ReportRanges.Count);
        foreach (var (start, end) in corpus.ReportRanges)
        {
            w.Write(start);
            w.Write(end);
        }
    }

    public static ReportCorpus Read(BinaryReader r)
    {
        var reports = new Report[r.ReadInt32()];
        for (var i = 0; i < reports.Length; i++)
        {
            var (id, country, year, title, sourceFile, url) = (r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadString());
            reports[i] = new Report(id, country, year, title, sourceFile, url.Length == 0 ? null : url);
        }

        var headings = new string[r.ReadInt32()];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = r.ReadString();
        }

        var count = r.ReadInt32();
        var ids = new string[count];
        var reportOf = new int[count];
        var paths = new string[count][];
        for (var i = 0; i < count; i++)
        {
            ids[i] = r.ReadString();
            reportOf[i] = r.ReadInt32();
            var path = new string[r.ReadByte()];
            for (var j = 0; j < path.Length; j++)
            {
                path[j] = headings[r.ReadInt32()];
            }

            paths[i] = path;
        }

        var offsets = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            offsets[i] = r.ReadInt32();
            if (offsets[i] < (i == 0 ? 0 : offsets[i - 1]) || (i == 0 && offsets[0] != 0))
            {
                throw new InvalidDataException("the passage text offsets are damaged");
            }
        }

        // The texts stay one UTF-8 block; each passage decodes its own when asked (see Passage).
        var blob = new byte[offsets[count]];
        r.BaseStream.ReadExactly(blob);
        var passages = new Passage[count];
        for (var i = 0; i < count; i++)
        {
            passages[i] = new Passage(ids[i], reportOf[i], paths[i], blob, offsets[i], offsets[i + 1] - offsets[i]);
        }

        var ranges = new (int, int)[r.ReadInt32()];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = (r.ReadInt32(), r.ReadInt32());
        }

        return new ReportCorpus(reports, passages, ranges);
    }
}
