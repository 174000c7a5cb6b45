using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Answering;

/// <summary>Configuration section "Answer": how long an extractive answer is, and what a "not covered" reply names.</summary>
public sealed class AnswerOptions
{
    public const string SectionName = "Answer";

    /// <summary>Most sentences an extractive answer quotes.</summary>
    [Range(1, 10)]
    public int MaxSentences { get; set; } = 3;

    /// <summary>Most words an extractive answer quotes.</summary>
    [Range(10, 1000)]
    public int MaxWords { get; set; } = 110;

    /// <summary>
    /// In lexical mode a sentence joins the answer when its TF-IDF cosine with the question is at least this share of
    /// the best sentence's (by meaning, <see cref="Retrieval.CoverageOptions.AnswerSentenceShare"/> applies).
    /// </summary>
    [Range(0.0, 1.0)]
    public double WordsSentenceShare { get; set; } = 0.5;

    /// <summary>The best source's sentences are scored this many times higher, so that its best sentence leads.</summary>
    [Range(1.0, 10.0)]
    public double BestSourceBonus { get; set; } = 1.15;

    /// <summary>A trailing source whose score is under this share of the best one's is dropped: it would only distract.</summary>
    [Range(0.0, 1.0)]
    public double RelativeSourceCutoff { get; set; } = 0.4;

    /// <summary>How many nearest sections a refused question's hint names.</summary>
    [Range(1, 10)]
    public int NearestSections { get; set; } = 2;

    /// <summary>How many countries the "what the reports cover" hint names before "and N more countries".</summary>
    [Range(1, 200)]
    public int HintCountries { get; set; } = 8;

    /// <summary>Fewest of a passage's first words (and last, for a longer one) its link asks a browser to find; more when those occur earlier on the page.</summary>
    [Range(1, 30)]
    public int LinkWords { get; set; } = 4;
}
