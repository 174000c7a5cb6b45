using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// One question's way through the pipeline: each stage reads what the earlier ones found and adds its own. It
/// belongs to one request, and the index snapshot it holds never changes under it.
/// </summary>
internal sealed class QuestionContext(AnswerRequest request, PassageIndex index, int depth)
{
    // Extra passages ranked so that dropping paragraphs that only point elsewhere still leaves Depth.
    private const int ReferralSlack = 3;

    public AnswerRequest Request { get; } = request;

    public PassageIndex Index { get; } = index;

    /// <summary>How many ranked passages to return: the answer's sources, or eval's depth.</summary>
    public int Depth { get; } = depth;

    /// <summary>How many passages the rankings keep: <see cref="Depth"/> and room for pointer paragraphs.</summary>
    public int RankDepth => Depth + ReferralSlack;

    /// <summary>The question cleaned of control characters (normalise).</summary>
    public string CleanedText { get; set; } = string.Empty;

    /// <summary>The text searched: translated to English when needed, shorthand spelt out (normalise).</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>A hint for a question in another script that could not be translated (normalise).</summary>
    public string? LanguageHint { get; set; }

    /// <summary>The question's language (normalise).</summary>
    public Languages.Language Language { get; set; }

    /// <summary>The language of the bot's own words in the reply (normalise; see <see cref="Answer.ReplyLanguage"/>).</summary>
    public Languages.Language ReplyLanguage { get; set; }

    /// <summary>True while <see cref="SearchText"/> is still Russian or Kazakh, for the glossary to translate (translate).</summary>
    public bool NeedsGlossary { get; set; }

    /// <summary>A translated question's other English for its words, searched as synonyms (translate).</summary>
    public string? AlternativeWords { get; set; }

    /// <summary>True when <see cref="SearchText"/> is the glossary's English for a Russian or Kazakh question (translate).</summary>
    public bool ByGlossary { get; set; }

    /// <summary>The reports in scope (scope).</summary>
    public ReportScope? Scope { get; set; }

    /// <summary>True when the question's chosen country (<see cref="Question.DefaultCountry"/>) set the scope (scope).</summary>
    public bool ByChosenCountry { get; set; }

    /// <summary>The searched text without the words that chose the scope (scope).</summary>
    public string TopicText { get; set; } = string.Empty;

    /// <summary>The question's weighted terms, with synonyms and spelling corrections (query analysis).</summary>
    public IReadOnlyList<QueryTerm> Terms { get; set; } = [];

    /// <summary>The question's sentence vector when it is searched by meaning (query analysis).</summary>
    public float[]? QueryVector { get; set; }

    /// <summary>The sentence model that made <see cref="QueryVector"/> (query analysis).</summary>
    public ITextEmbedder? Embedder { get; set; }

    /// <summary>Vectors of every passage, when the ranking is hybrid (query analysis).</summary>
    public DenseIndex? Dense { get; set; }

    /// <summary>Vectors made on demand for the lexical candidates, when the ranking reranks (query analysis).</summary>
    public OnDemandSentenceVectors? OnDemand { get; set; }

    /// <summary>The sentence vectors the ranking used, if it used any (rank).</summary>
    public ISentenceVectors? Meaning { get; set; }

    /// <summary>Why search by meaning failed during this question (it then went on by words).</summary>
    public Exception? MeaningFailure { get; set; }

    /// <summary>The passage ranges of the reports in scope for the hybrid ranking (candidates).</summary>
    public IReadOnlyList<(int Start, int End)> HybridRanges { get; set; } = [];

    /// <summary>Every passage in scope sharing a term with the question, for the hybrid ranking (candidates).</summary>
    public List<LexicalCandidate> LexicalCandidates { get; set; } = [];

    /// <summary>True when the scope was too large to score every passage by meaning, so only <see cref="LexicalCandidates"/> are (candidates).</summary>
    public bool Prefiltered { get; set; }

    /// <summary>The best passages by words, for lexical and rerank modes (candidates).</summary>
    public IReadOnlyList<ScoredPassage> LexicalRanked { get; set; } = [];

    /// <summary>The final ranking, best first (rank).</summary>
    public IReadOnlyList<ScoredPassage> Ranked { get; set; } = [];

    /// <summary>The coverage decision with its evidence (scope or coverage); set means the search is over.</summary>
    public RetrievalOutcome? Outcome { get; set; }

    /// <summary>The reply, once known (normalise rejects, compose answers).</summary>
    public Answer? Answer { get; set; }

    /// <summary>
    /// A context for the same question over other reports: what normalising and query analysis found is kept, the
    /// search's own findings start empty.
    /// </summary>
    public QuestionContext ForScope(ReportScope scope) => new(Request, Index, Depth)
    {
        CleanedText = CleanedText,
        SearchText = SearchText,
        LanguageHint = LanguageHint,
        Language = Language,
        ReplyLanguage = ReplyLanguage,
        AlternativeWords = AlternativeWords,
        ByGlossary = ByGlossary,
        Scope = scope,
        TopicText = TopicText,
        Terms = Terms,
        QueryVector = QueryVector,
        Embedder = Embedder,
        Dense = Dense,
        OnDemand = OnDemand,
    };
}
