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

            w.Write(p.Text);
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
            reports[i] = new Report(r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadString());
        }

        var headings = new string[r.ReadInt32()];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = r.ReadString();
        }

        var passages = new Passage[r.ReadInt32()];
        for (var i = 0; i < passages.Length; i++)
        {
            var id = r.ReadString();
            var report = r.ReadInt32();
            var path = new string[r.ReadByte()];
            for (var j = 0; j < path.Length; j++)
            {
                path[j] = headings[r.ReadInt32()];
            }

            passages[i] = new Passage(id, report, path, r.ReadString());
        }

        var ranges = new (int, int)[r.ReadInt32()];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = (r.ReadInt32(), r.ReadInt32());
        }

        return new ReportCorpus(reports, passages, ranges);
    }
}
