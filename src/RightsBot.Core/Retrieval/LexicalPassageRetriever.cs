using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Ranks passages with two lexical signals over one inverted index: the cosine of ML.NET TF-IDF vectors
/// (word 1–2-grams over Porter stems) and BM25 over the same terms, each scaled by its best value in the
/// candidate set and blended. Questions are expanded with everyday synonyms and spelling corrections at lower
/// weight. Report filters are applied before scoring.
/// </summary>
internal sealed class LexicalPassageRetriever
{
    private readonly TfidfFeaturizer _featurizer;
    private readonly InvertedIndex _index;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly string[] _terms;
    private readonly int[] _reportOfPassage;
    private readonly float[] _idf;

    private LexicalPassageRetriever(ReportCorpus corpus, TfidfFeaturizer featurizer, InvertedIndex index, string[] terms)
    {
        Corpus = corpus;
        _featurizer = featurizer;
        _index = index;
        _terms = terms;
        _vocabulary = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            _vocabulary[terms[i]] = i;
        }

        _reportOfPassage = new int[corpus.Passages.Count];
        for (var r = 0; r < corpus.ReportRanges.Count; r++)
        {
            var (start, end) = corpus.ReportRanges[r];
            Array.Fill(_reportOfPassage, r, start, end - start);
        }

        _idf = new float[terms.Length];
        var n = corpus.Passages.Count;
        for (var t = 0; t < terms.Length; t++)
        {
            var df = index.DocumentFrequency(t);
            _idf[t] = df == 0 ? 0 : (float)Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }
    }

    public ReportCorpus Corpus { get; }

    public RetrievalSignals Signals { get; set; } = RetrievalSignals.Default;

    public int TermCount => _index.TermCount;

    public static LexicalPassageRetriever Build(ReportCorpus corpus, RetrievalSignals? signals = null)
    {
        signals ??= RetrievalSignals.Default;
        var analyzed = corpus.Passages.AsParallel().AsOrdered().Select(p => EnglishTextAnalyzer.Instance.Analyze(IndexedText(p))).ToArray();
        var (featurizer, vectors, terms) = TfidfFeaturizer.Fit(analyzed);
        var vocabulary = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            vocabulary[terms[i]] = i;
        }

        var bm25 = Bm25Weights.Compute(analyzed, vectors, vocabulary, signals.K1, signals.B);
        return new LexicalPassageRetriever(corpus, featurizer, InvertedIndex.Build(vectors, bm25), terms) { Signals = signals };
    }

    /// <summary>The text a passage is indexed by: its nearest headings, then the passage itself.</summary>
    internal static string IndexedText(Passage passage)
    {
        // The innermost headings name the topic ("Prison and Detention Center Conditions") in words a question
        // often uses; the broad section titles would only add noise shared by hundreds of passages.
        var headings = passage.SectionPath.Count > 1 ? passage.SectionPath.Skip(passage.SectionPath.Count - 2) : passage.SectionPath;
        return string.Join(". ", headings.Select(HeadingClassifier.ToDisplay)) + ". " + passage.Text;
    }

    /// <summary>The analysed query terms: the user's words, then synonyms and spelling corrections at lower weight.</summary>
    public IReadOnlyList<QueryTerm> AnalyzeQuery(string query)
    {
        var terms = new List<QueryTerm>();
        var own = EnglishTextAnalyzer.Instance.Analyze(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        AddTokens(terms, own, 1f);

        var corrections = new List<string>();
        foreach (var token in own.Distinct())
        {
            if (!_vocabulary.ContainsKey(token) && SpellingCorrector.Correct(token, _vocabulary, _index) is { } fixedToken)
            {
                corrections.Add(fixedToken);
            }
        }

        AddTokens(terms, [.. corrections], Signals.SpellingWeight);
        var expansion = QueryExpansion.Synonyms(query);
        if (expansion.Length > 0)
        {
            var words = EnglishTextAnalyzer.Instance.Analyze(expansion).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !own.Contains(w)).ToArray();
            AddTokens(terms, words, Signals.SynonymWeight, bigrams: false);
        }

        return terms;
    }

    private void AddTokens(List<QueryTerm> terms, string[] tokens, float weight, bool bigrams = true)
    {
        string? previous = null;
        foreach (var token in tokens)
        {
            terms.Add(new QueryTerm(token, _vocabulary.GetValueOrDefault(token, -1), weight, false));
            if (bigrams && previous is not null)
            {
                var bigram = previous + "|" + token;
                terms.Add(new QueryTerm(bigram, _vocabulary.GetValueOrDefault(bigram, -1), weight * Signals.BigramWeight, true));
            }

            previous = token;
        }
    }

    public IReadOnlyList<ScoredPassage> Search(string query, int k, IReadOnlyList<int>? reportIndices = null)
        => Search(AnalyzeQuery(query), k, reportIndices);

    public IReadOnlyList<ScoredPassage> Search(IReadOnlyList<QueryTerm> query, int k, IReadOnlyList<int>? reportIndices = null)
    {
        var weighted = QueryWeights(query);
        if (weighted.Length == 0)
        {
            return [];
        }

        var ranges = reportIndices?.Select(r => Corpus.ReportRanges[r]).Where(r => r.End > r.Start).OrderBy(r => r.Start).ToList();
        var candidates = new List<(int Passage, float Cosine, float Bm25)>();
        float maxCos = 0, maxBm = 0;
        _index.Score(weighted, ranges, (p, c, b) =>
        {
            candidates.Add((p, c, b));
            maxCos = Math.Max(maxCos, c);
            maxBm = Math.Max(maxBm, b);
        });

        var heap = new PriorityQueue<(int Passage, float Cosine), (float Score, int Neg)>(k + 1);
        foreach (var (p, c, b) in candidates)
        {
            var score = (maxCos > 0 ? Signals.CosineWeight * c / maxCos : 0) + (maxBm > 0 ? Signals.Bm25Weight * b / maxBm : 0);
            heap.Enqueue((p, c), (score, -p));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        var result = new List<ScoredPassage>(heap.Count);
        while (heap.TryDequeue(out var item, out var priority))
        {
            result.Add(new ScoredPassage(Corpus.Passages[item.Passage], Corpus.Reports[_reportOfPassage[item.Passage]], item.Cosine) { Fused = priority.Score });
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// Share of the question's unigram IDF mass that a passage contains (user's own words only): 1 when every
    /// word of the question is in it, near 0 when only common words are. Words the corpus never uses count
    /// with the highest IDF, so a question about something absent scores low.
    /// </summary>
    public double Coverage(IReadOnlyList<QueryTerm> query, Passage passage)
    {
        var passageIndex = Corpus.IndexOf(passage.Id);
        var maxIdf = (float)Math.Log(1 + ((Corpus.Passages.Count + 0.5) / 0.5));
        double total = 0, matched = 0;
        foreach (var term in query.Where(t => !t.IsBigram && t.Weight >= 1f).DistinctBy(t => t.Term))
        {
            var idf = term.Id >= 0 ? _idf[term.Id] : maxIdf;
            total += idf;
            if (term.Id >= 0 && _index.Contains(term.Id, passageIndex))
            {
                matched += idf;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    private (int Term, float CosineWeight, float Bm25Weight)[] QueryWeights(IReadOnlyList<QueryTerm> query)
    {
        // TF-IDF side: ML.NET's own vector of the user's words, so the cosine is exactly ML.NET's. BM25 side:
        // every term, the user's at full weight, synonyms and corrections at theirs.
        var own = string.Join(' ', query.Where(t => !t.IsBigram && t.Weight >= 1f).Select(t => t.Term));
        var vector = own.Length == 0 ? SparseVector.Empty : _featurizer.Vectorize(own);
        var weights = new Dictionary<int, (float Cos, float Bm)>();
        for (var i = 0; i < vector.Count; i++)
        {
            weights[vector.Indices[i]] = (vector.Values[i], 0f);
        }

        foreach (var term in query.Where(t => t.Id >= 0))
        {
            weights.TryGetValue(term.Id, out var w);
            weights[term.Id] = (w.Cos, w.Bm + term.Weight);
        }

        return weights.Where(kv => kv.Value.Cos > 0 || kv.Value.Bm > 0).Select(kv => (kv.Key, kv.Value.Cos, kv.Value.Bm)).ToArray();
    }

    /// <summary>ML.NET TF-IDF vector of a text (used to pick answer sentences).</summary>
    public SparseVector Vectorize(string text) => _featurizer.Vectorize(EnglishTextAnalyzer.Instance.Analyze(text));

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
        writer.Write(_terms.Length);
        foreach (var t in _terms)
        {
            writer.Write(t);
        }
    }

    public static LexicalPassageRetriever Load(string directory, ReportCorpus corpus)
    {
        TfidfFeaturizer featurizer;
        using (var model = File.OpenRead(Path.Combine(directory, "tfidf.zip")))
        {
            featurizer = TfidfFeaturizer.Load(model);
        }

        using var stream = File.OpenRead(Path.Combine(directory, "postings.bin"));
        using var reader = new BinaryReader(stream);
        var index = InvertedIndex.Read(reader);
        var terms = new string[reader.ReadInt32()];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = reader.ReadString();
        }

        if (index.PassageCount != corpus.Passages.Count)
        {
            throw new InvalidDataException("cached postings do not match the corpus");
        }

        return new LexicalPassageRetriever(corpus, featurizer, index, terms);
    }
}
