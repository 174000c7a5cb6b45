using System.Text.Json.Serialization;

namespace RightsBot.Core.Evaluation;

/// <summary>The eval result, shaped as docs/evaluation.md describes <c>eval --json</c>.</summary>
public sealed record EvalReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answerable")] int Answerable,
    [property: JsonPropertyName("unanswerable")] int Unanswerable,
    [property: JsonPropertyName("corpus")] EvalCorpusStats Corpus,
    [property: JsonPropertyName("systems")] IReadOnlyList<EvalSystemResult> Systems)
{
    /// <summary>Seconds every system ran the questions untimed before the timed passes, letting the JIT finish optimizing.</summary>
    [JsonPropertyName("warmup_seconds")]
    public double WarmupSeconds { get; init; }

    /// <summary>How many untimed passes over every question each system made in that time.</summary>
    [JsonPropertyName("warmup_passes")]
    public int WarmupPasses { get; init; }

    /// <summary>The comparison questions' figures, scored per report (questions above count the others only); null when there are none.</summary>
    [JsonPropertyName("comparison")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EvalComparisonResult? Comparison { get; init; }

    /// <summary>
    /// Plain questions (scored above as one ranking each) that users would get answered as a comparison, because
    /// they name two report years, list countries or ask about change: their ids.
    /// </summary>
    [JsonPropertyName("answered_as_comparison")]
    public IReadOnlyList<string> AnsweredAsComparison { get; init; } = [];

    /// <summary>Per-question evidence behind RightsBot's figures (eval --details), else null.</summary>
    [JsonPropertyName("details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EvalQuestionDetail>? Details { get; init; }
}

/// <summary>What RightsBot decided for one question, and on what evidence.</summary>
public sealed record EvalQuestionDetail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("refused")] bool Refused,
    [property: JsonPropertyName("best_score")] double BestScore,
    [property: JsonPropertyName("coverage")] double Coverage,
    [property: JsonPropertyName("first_hit_rank")] int? FirstHitRank)
{
    /// <summary>The best passage's cosine with the words of the question that the reports in scope use (lexical mode only).</summary>
    [JsonPropertyName("in_scope_score")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? InScopeScore { get; init; }

    /// <summary>Sentence-embedding similarity of the best passage (hybrid mode only).</summary>
    [JsonPropertyName("dense")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Dense { get; init; }

    /// <summary>Names in the question that the reports in scope never use (a reason to refuse).</summary>
    [JsonPropertyName("absent_names")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AbsentNames { get; init; }

    /// <summary>True when the question asks for a figure that the answering sentences do not give (a reason to refuse).</summary>
    [JsonPropertyName("number_missing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NumberMissing { get; init; }

    /// <summary>
    /// The words searched: the question's topic once country and year are taken out, in English for a question the
    /// glossary translated (Russian, Kazakh), so that a miss can be told apart as translation or ranking.
    /// </summary>
    [JsonPropertyName("searched")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Searched { get; init; }

    /// <summary>
    /// Why a refused question was refused, as the <c>rightsbot_refusals_total</c> metric labels it (<c>no_report</c>,
    /// <c>not_understood</c>, <c>no_figure</c>, <c>absent_name</c>, <c>referral</c>, <c>not_covered</c>); null when
    /// answered.
    /// </summary>
    [JsonPropertyName("refusal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Refusal { get; init; }

    /// <summary>For a <c>no_report</c> refusal, the country or year the corpus lacks ("France", "Kazakhstan 2019").</summary>
    [JsonPropertyName("unavailable")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unavailable { get; init; }

    /// <summary>Where the Lucene BM25 baseline ranked its first expected passage (answerable questions only).</summary>
    [JsonPropertyName("bm25_rank")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Bm25Rank { get; init; }
}

/// <summary>The corpus the eval ran over.</summary>
public sealed record EvalCorpusStats(
    [property: JsonPropertyName("reports")] int Reports,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("mean_passage_words")] double MeanPassageWords,
    [property: JsonPropertyName("max_passage_words")] int MaxPassageWords,
    [property: JsonPropertyName("index_seconds")] double IndexSeconds)
{
    /// <summary>Managed memory held by RightsBot's loaded index and corpus after a full collection, in MB.</summary>
    [JsonPropertyName("index_memory_mb")]
    public double IndexMemoryMb { get; init; }

    /// <summary>The sentence-embedding model of hybrid mode, or null in lexical mode.</summary>
    [JsonPropertyName("dense_model")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DenseModel { get; init; }

    /// <summary>Seconds spent embedding the passages (or loading cached vectors, see <see cref="DenseFromCache"/>).</summary>
    [JsonPropertyName("dense_seconds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DenseSeconds { get; init; }

    /// <summary>True when the passage vectors came from the on-disk cache.</summary>
    [JsonPropertyName("dense_from_cache")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DenseFromCache { get; init; }

    /// <summary>
    /// When the corpus had no passage vectors: how many of the lexical search's best passages were reranked by
    /// meaning with vectors made on demand (null otherwise).
    /// </summary>
    [JsonPropertyName("rerank_depth")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RerankDepth { get; init; }
}

/// <summary>One system's figures; refusal rates are null for a system that never refuses.</summary>
public sealed record EvalSystemResult(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("recall_at_1")] double RecallAt1,
    [property: JsonPropertyName("recall_at_3")] double RecallAt3,
    [property: JsonPropertyName("recall_at_5")] double RecallAt5,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("refused_unanswerable")] double? RefusedUnanswerable,
    [property: JsonPropertyName("refused_answerable")] double? RefusedAnswerable,
    [property: JsonPropertyName("query_ms_p50")] double QueryMsP50,
    [property: JsonPropertyName("query_ms_p95")] double QueryMsP95,
    [property: JsonPropertyName("k")] int K,
    [property: JsonPropertyName("recall_at_k")] double RecallAtK,
    [property: JsonPropertyName("misses")] IReadOnlyList<string> Misses)
{
    /// <summary>Median time of the questions that carry explicit filters (country and/or year), or null when none do.</summary>
    [JsonPropertyName("filtered_query_ms_p50")]
    public double? FilteredQueryMsP50 { get; init; }

    /// <summary>
    /// Median time of the scoring pass, each question's first time: it includes making on-demand sentence vectors
    /// that the timed passes then find in memory.
    /// </summary>
    [JsonPropertyName("first_pass_ms_p50")]
    public double FirstPassMsP50 { get; init; }

    /// <summary>
    /// RightsBot's rows: median time of the search stages alone (scope to the "not covered" decision), the part
    /// comparable with the baseline's search; <see cref="QueryMsP50"/> is the whole answer a user gets. Null for bm25.
    /// </summary>
    [JsonPropertyName("search_ms_p50")]
    public double? SearchMsP50 { get; init; }

    /// <summary>The quality figures per style of question (sorted by style), or null when the question file gives no style.</summary>
    [JsonPropertyName("by_style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, EvalGroupResult>? ByStyle { get; init; }

    /// <summary>The same figures per language of question (sorted by language), or null when the question file gives no language.</summary>
    [JsonPropertyName("by_language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, EvalGroupResult>? ByLanguage { get; init; }
}
