using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Ranks passages by the cosine of their ML.NET TF-IDF vectors with the question's, over a sparse inverted
/// index. Filters (report scope) are applied before scoring.
/// </summary>
internal sealed class TfidfPassageRetriever
{
    private readonly TfidfFeaturizer _featurizer;
    private readonly InvertedIndex _index;
    private readonly int[] _reportOfPassage;

    private TfidfPassageRetriever(ReportCorpus corpus, TfidfFeaturizer featurizer, InvertedIndex index)
    {
        Corpus = corpus;
        _featurizer = featurizer;
        _index = index;
        _reportOfPassage = corpus.Passages.Select(p => p.ReportIndex).ToArray();
    }

    public ReportCorpus Corpus { get; }

    public int TermCount => _index.TermCount;

    public static TfidfPassageRetriever Build(ReportCorpus corpus)
    {
        var texts = corpus.Passages.Select(IndexedText).ToList();
        var (featurizer, vectors) = TfidfFeaturizer.Fit(texts);
        return new TfidfPassageRetriever(corpus, featurizer, InvertedIndex.Build(vectors));
    }

    /// <summary>The text a passage is indexed by: its nearest headings, then the passage itself.</summary>
    internal static string IndexedText(Passage passage)
    {
        // The innermost heading names the topic ("Prison and Detention Center Conditions") in words a
        // question often uses; the broad section titles would only add noise shared by hundreds of passages.
        var headings = passage.SectionPath.Count > 1 ? passage.SectionPath.Skip(passage.SectionPath.Count - 2) : passage.SectionPath;
        return string.Join(". ", headings.Select(HeadingClassifier.ToDisplay)) + ". " + passage.Text;
    }

    public IReadOnlyList<ScoredPassage> Search(string query, int k, IReadOnlyList<int>? reportIndices = null)
    {
        var vector = _featurizer.Vectorize(query);
        if (vector.Count == 0)
        {
            return [];
        }

        bool[]? allowed = null;
        if (reportIndices is not null)
        {
            allowed = new bool[_reportOfPassage.Length];
            foreach (var r in reportIndices)
            {
                var (start, end) = Corpus.ReportRanges[r];
                Array.Fill(allowed, true, start, end - start);
            }
        }

        return _index.Search(vector, k, allowed)
            .Select(h => new ScoredPassage(Corpus.Passages[h.Passage], Corpus.Reports[_reportOfPassage[h.Passage]], h.Score))
            .ToList();
    }

    /// <summary>Cosine of two short texts in this index's vector space (used to pick answer sentences).</summary>
    public double Similarity(string a, string b) => Dot(_featurizer.Vectorize(a), _featurizer.Vectorize(b));

    public SparseVector Vectorize(string text) => _featurizer.Vectorize(text);

    public static double Dot(SparseVector a, SparseVector b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var (ai, bj) = (a.Indices[i], b.Indices[j]);
            if (ai == bj)
            {
                sum += a.Values[i++] * b.Values[j++];
            }
            else if (ai < bj)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    public void Save(string directory)
    {
        using (var model = File.Create(Path.Combine(directory, "tfidf.zip")))
        {
            _featurizer.Save(model);
        }

        using var stream = File.Create(Path.Combine(directory, "postings.bin"));
        using var writer = new BinaryWriter(stream);
        _index.Write(writer);
    }

    public static TfidfPassageRetriever Load(string directory, ReportCorpus corpus)
    {
        TfidfFeaturizer featurizer;
        using (var model = File.OpenRead(Path.Combine(directory, "tfidf.zip")))
        {
            featurizer = TfidfFeaturizer.Load(model);
        }

        using var stream = File.OpenRead(Path.Combine(directory, "postings.bin"));
        using var reader = new BinaryReader(stream);
        var index = InvertedIndex.Read(reader);
        if (index.PassageCount != corpus.Passages.Count)
        {
            throw new InvalidDataException("cached postings do not match the corpus");
        }

        return new TfidfPassageRetriever(corpus, featurizer, index);
    }
}
