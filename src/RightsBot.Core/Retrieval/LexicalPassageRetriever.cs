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
    // How many of a passage's innermost headings are indexed with it (see IndexedText).
    private const int IndexedHeadings = 2;

    private readonly TermVocabulary _vocabulary;
    private readonly InvertedIndex _index;
    private readonly PostingScorer _scorer;
    private readonly int[] _reportOfPassage;
    private readonly ScopeAbsence _absence;

    private LexicalPassageRetriever(ReportCorpus corpus, TermVocabulary vocabulary, InvertedIndex index)
    {
        Corpus = corpus;
        _vocabulary = vocabulary;
        _index = index;
        _scorer = new PostingScorer(index);
        _absence = new ScopeAbsence(corpus, vocabulary, index);
        _reportOfPassage = new int[corpus.Passages.Count];
        for (var r = 0; r < corpus.ReportRanges.Count; r++)
        {
            var (start, end) = corpus.ReportRanges[r];
            Array.Fill(_reportOfPassage, r, start, end - start);
        }
    }

    public ReportCorpus Corpus { get; }

    public RetrievalSignals Signals { get; init; } = RetrievalSignals.Default;

    public int TermCount => _vocabulary.Count;

    public long PostingCount => _index.PostingCount;

    /// <param name="corpus">The passages to index.</param>
    /// <param name="signals">Blend settings; BM25's k1 and b are fixed at build time.</param>
    /// <param name="stage">Told the name and seconds of each build stage (for the index command's log).</param>
    public static LexicalPassageRetriever Build(ReportCorpus corpus, RetrievalSignals? signals = null, Action<string, double>? stage = null)
    {
        signals ??= RetrievalSignals.Default;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Done(string name)
        {
            stage?.Invoke(name, clock.Elapsed.TotalSeconds);
            clock.Restart();
        }

        var analyzed = corpus.Passages.AsParallel().AsOrdered().Select(p => EnglishTextAnalyzer.Instance.Analyze(IndexedText(p))).ToArray();
        Done("analyze");
        var (raw, terms) = TfidfFeaturizer.Fit(analyzed);
        Done("ml.net tf-idf");
        var df = new int[terms.Length];
        foreach (var v in raw)
        {
            foreach (var t in v.Indices)
            {
                df[t]++;
            }
        }

        var vocabulary = new TermVocabulary(terms, df, raw.Length);
        var lengths = analyzed.Select(a => a.Length == 0 ? 0 : a.AsSpan().Count(' ') + 1).ToArray();
        var index = InvertedIndex.Build(raw, vocabulary, lengths, signals.K1, signals.B);
        Done("postings");
        return new LexicalPassageRetriever(corpus, vocabulary, index) { Signals = signals };
    }

    /// <summary>The text a passage is indexed by: its nearest headings, then the passage itself.</summary>
    internal static string IndexedText(Passage passage)
    {
        // The innermost headings name the topic ("Prison and Detention Center Conditions") in words a question
        // often uses; the broad section titles would only add noise shared by hundreds of passages.
        var headings = passage.SectionPath.Skip(Math.Max(0, passage.SectionPath.Count - IndexedHeadings));
        return string.Join(". ", headings.Select(HeadingClassifier.ToDisplay)) + ". " + passage.Text;
    }

    /// <summary>
    /// The analysed query terms: the user's words, then synonyms and spelling corrections at lower weight, and
    /// <paramref name="alternatives"/> (a translated question's other renderings of its words) at synonym weight.
    /// </summary>
    public IReadOnlyList<QueryTerm> AnalyzeQuery(string query, string? alternatives = null)
    {
        var terms = new List<QueryTerm>();
        var own = EnglishTextAnalyzer.Instance.Analyze(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        AddTokens(terms, own, 1f);

        var corrections = new List<string>();
        foreach (var token in own.Distinct())
        {
            // A word English has is not corrected: "stage" is not a misspelling of "state" because the reports
            // in the index happen not to use it.
            if (_vocabulary.Id(token) < 0 && !Text.EnglishWords.HasStem(token) && SpellingCorrector.Correct(token, _vocabulary) is { } fixedToken)
            {
                corrections.Add(fixedToken);
            }
        }

        AddTokens(terms, [.. corrections], Signals.SpellingWeight);
        var expansion = QueryExpansion.Synonyms(query);
        if (!string.IsNullOrWhiteSpace(alternatives))
        {
            expansion = expansion.Length == 0 ? alternatives : expansion + " " + alternatives;
        }

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
            terms.Add(new QueryTerm(token, _vocabulary.Id(token), weight, false));
            if (bigrams && previous is not null)
            {
                var bigram = previous + "|" + token;
                terms.Add(new QueryTerm(bigram, _vocabulary.Id(bigram), weight * Signals.BigramWeight, true));
            }

            previous = token;
        }
    }

    public IReadOnlyList<ScoredPassage> Search(string query, int k, IReadOnlyList<int>? reportIndices = null)
        => Search(AnalyzeQuery(query), k, reportIndices);

    public IReadOnlyList<ScoredPassage> Search(IReadOnlyList<QueryTerm> query, int k, IReadOnlyList<int>? reportIndices = null)
        => [.. Top(query, k, Ranges(reportIndices)).Select(c => Hit(c.Passage, c.Cosine, c.Score))];

    /// <summary>
    /// The <paramref name="k"/> best of <see cref="Candidates"/>, best first (ties to the earlier passage), with the
    /// same scores, found without listing the others.
    /// </summary>
    public LexicalCandidate[] Top(IReadOnlyList<QueryTerm> query, int k, IReadOnlyList<(int Start, int End)>? ranges, bool exact = true)
    {
        var weighted = QueryWeights(query);
        return weighted.Length == 0 || k <= 0 ? [] : _scorer.Top(weighted, ranges, k, Signals.CosineWeight, Signals.Bm25Weight, exact: exact);
    }

    /// <summary>The passage ranges of the given reports in passage order (null: the whole corpus).</summary>
    public IReadOnlyList<(int Start, int End)>? Ranges(IReadOnlyList<int>? reportIndices)
        => reportIndices?.Select(r => Corpus.ReportRanges[r]).Where(r => r.End > r.Start).OrderBy(r => r.Start).ToList();

    public ScoredPassage Hit(int passage, double cosine, double score)
        => new(Corpus.Passages[passage], Corpus.Reports[_reportOfPassage[passage]], cosine) { Fused = score };

    /// <summary>
    /// Every passage inside the ranges that shares a term with the question, with its TF-IDF cosine and its
    /// blended lexical score (cosine and BM25 each scaled by their best among the candidates).
    /// </summary>
    public List<LexicalCandidate> Candidates(IReadOnlyList<QueryTerm> query, IReadOnlyList<(int Start, int End)>? ranges)
    {
        var weighted = QueryWeights(query);
        var candidates = new List<LexicalCandidate>();
        if (weighted.Length > 0)
        {
            _scorer.Candidates(weighted, ranges, Signals.CosineWeight, Signals.Bm25Weight, candidates);
        }

        return candidates;
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
            var idf = term.Id >= 0 ? _vocabulary.Bm25Idf(term.Id) : maxIdf;
            total += idf;
            if (term.Id >= 0 && _index.Contains(term.Id, passageIndex))
            {
                matched += idf;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>
    /// The length of the part of the question's (unit-length) TF-IDF vector whose terms some passage inside the
    /// ranges uses: 1 when the scope knows every term of the question.
    /// </summary>
    public double InScopeLength(IReadOnlyList<QueryTerm> query, IReadOnlyList<(int Start, int End)>? ranges)
    {
        var vector = OwnWordsVector(query);
        double squares = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            if (_index.AnyIn(vector.Indices[i], ranges))
            {
                squares += vector.Values[i] * vector.Values[i];
            }
        }

        return Math.Sqrt(squares);
    }

    /// <summary>
    /// Names in the question (capitalised words of four letters or more, not the first word of a sentence; in a
    /// translated question, every one) that no passage in scope uses (see <see cref="ScopeAbsence"/>).
    /// </summary>
    public IReadOnlyList<string> NamesAbsentFromScope(string question, IReadOnlyList<(int Start, int End)>? ranges, bool translated = false)
        => _absence.Names(question, ranges, translated);

    /// <summary>The words naming what a "how many …" question counts that no passage in scope uses, not even as a synonym.</summary>
    public IReadOnlyList<string> CountedWordsAbsentFromScope(string question, IReadOnlyList<(int Start, int End)>? ranges)
        => _absence.CountedWords(question, ranges);

    private QueryWeight[] QueryWeights(IReadOnlyList<QueryTerm> query)
    {
        // TF-IDF side: ML.NET's own vector of the user's words, so the cosine is exactly ML.NET's. BM25 side:
        // every term, the user's at full weight, synonyms and corrections at theirs.
        var vector = OwnWordsVector(query);
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

        // The index keeps term frequencies; the term's idf factors travel with the query.
        return weights.Where(kv => kv.Value.Cos > 0 || kv.Value.Bm > 0)
            .Select(kv => new QueryWeight(kv.Key, kv.Value.Cos * _vocabulary.TfidfIdf(kv.Key), kv.Value.Bm * _vocabulary.Bm25Idf(kv.Key)))
            .ToArray();
    }

    // ML.NET's own TF-IDF vector of the user's words (not the synonyms or corrections added at lower weight).
    private SparseVector OwnWordsVector(IReadOnlyList<QueryTerm> query)
    {
        var own = string.Join(' ', query.Where(t => !t.IsBigram && t.Weight >= 1f).Select(t => t.Term));
        return own.Length == 0 ? SparseVector.Empty : _vocabulary.Vectorize(own);
    }

    /// <summary>True when the reports use <paramref name="word"/> (every term it analyses to is in the index).</summary>
    public bool Uses(string word)
    {
        var terms = EnglishTextAnalyzer.Instance.Analyze(word).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return terms.Length > 0 && terms.All(t => _vocabulary.Id(t) >= 0);
    }

    /// <summary>ML.NET TF-IDF vector of a text (used to pick answer sentences).</summary>
    public SparseVector Vectorize(string text) => _vocabulary.Vectorize(EnglishTextAnalyzer.Instance.Analyze(text));

    /// <summary>Writes the postings and vocabulary into <paramref name="directory"/> (see <see cref="LexicalIndexFiles"/>).</summary>
    public void Save(string directory) => LexicalIndexFiles.Save(directory, _index, _vocabulary);

    public static LexicalPassageRetriever Create(ReportCorpus corpus, (InvertedIndex Index, TermVocabulary Vocabulary) parts, RetrievalSignals? signals = null)
    {
        if (parts.Index.PassageCount != corpus.Passages.Count)
        {
            throw new InvalidDataException("cached postings do not match the corpus");
        }

        return new LexicalPassageRetriever(corpus, parts.Vocabulary, parts.Index) { Signals = signals ?? RetrievalSignals.Default };
    }
}
