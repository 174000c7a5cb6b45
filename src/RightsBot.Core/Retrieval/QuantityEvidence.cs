using System.Text.RegularExpressions;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// "How many …" and other questions that ask for a quantity are covered only when the answer gives one. A
/// report often discusses the thing asked about (the minimum wage, a referendum's turnout) without the figure,
/// and quoting that discussion as the answer misleads.
/// </summary>
internal static partial class QuantityEvidence
{
    /// <summary>
    /// Whether the question asks for a quantity that the top passages do not give. With sentence vectors, the
    /// number must be in a sentence that answers the question (one the extractive answer could quote: close to
    /// the best in meaning); without them, anywhere in the passage. Years, dates and section numbers do not count.
    /// In a question of several parts ("… and how many were arrested?") the sentences closest to the whole may
    /// answer another part: each part that asks for a quantity is then tried on its own, embedded with
    /// <c>embed</c> (hybrid and rerank modes).
    /// </summary>
    public static bool Missing(LexicalPassageRetriever retriever, ISentenceVectors? meaning, float[]? queryVector, string question, IReadOnlyList<ScoredPassage> hits, CoverageOptions options, Func<IReadOnlyList<string>, float[][]>? embed = null)
    {
        if (!AsksForQuantity(question))
        {
            return false;
        }

        if (!Missing(retriever, meaning, queryVector, question, hits, options))
        {
            return false;
        }

        var parts = QuestionParts(question);
        if (meaning is null || embed is null || parts.Count < 2)
        {
            return true;
        }

        var asking = parts.Where(AsksForQuantity).Take(options.MaxFigureParts).ToList();
        if (asking.Count == 0)
        {
            return true;
        }

        float[][] vectors;
        try
        {
            vectors = embed(asking);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // The whole question's answer stands: refused, as without parts.
            return true;
        }

        return !asking.Where((part, i) => !Missing(retriever, meaning, vectors[i], part, hits, options)).Any();
    }

    /// <summary>
    /// The parts of a question that asks several things: split after a question mark, and before "and" or a comma
    /// that starts another question ("…, and how many …", "… and did they …").
    /// </summary>
    internal static List<string> QuestionParts(string question)
        => [.. PartBoundaryRegex().Split(question).Select(p => p.Trim(' ', ',', ';')).Where(p => p.Count(char.IsWhiteSpace) >= 2)];

    // Whether the top passages lack a quantity answering this question (or part of one).
    private static bool Missing(LexicalPassageRetriever retriever, ISentenceVectors? meaning, float[]? queryVector, string part, IReadOnlyList<ScoredPassage> hits, CoverageOptions options)
    {
        // A share is answered by a share: "84 seats" does not say what percentage of the vote a party won.
        Func<string, bool> answers = AsksForShareRegex().IsMatch(part) ? HasShare : HasQuantity;
        var top = hits.Take(options.FigurePassages);
        if (meaning is null || queryVector is null)
        {
            // By words, the sentence that answers is too often not the one closest to the question: on the
            // calibration set, asking for the number there refused 5 of 60 answerable questions.
            return !top.Any(h => answers(h.Passage.Text));
        }

        var sentences = top.SelectMany(h => meaning.SentenceSimilarities(queryVector, retriever.Corpus.IndexOf(h.Passage.Id), h.Passage.Text)).ToList();
        if (sentences.Count == 0)
        {
            return true;
        }

        var best = sentences.Max(s => s.Similarity);
        return !sentences.Any(s => s.Similarity >= best * options.AnswerSentenceShare && answers(s.Sentence));
    }

    /// <summary>"How many …", "what share …", "number of …", or "what was the turnout / minimum wage / death toll …".</summary>
    public static bool AsksForQuantity(string question)
        => AsksForNumberRegex().IsMatch(question) || WhatQuantityRegex().IsMatch(question);

    /// <summary>Whether the text gives a number, in digits or words, other than a year, a date or a section number.</summary>
    public static bool HasQuantity(string text) => NumberRegex().IsMatch(NotAQuantityRegex().Replace(text, " "));

    /// <summary>Whether the text gives a share: a percentage, or half, a third, a quarter, "one in five".</summary>
    public static bool HasShare(string text) => ShareRegex().IsMatch(text);

    [GeneratedRegex(@"\?\s+|,?\s+and\s+(?=(?:is|are|was|were|do|does|did|can|could|has|have|had|how|what|who|why|when|where|which)\b)|,\s+(?=(?:how|what|who|why|when|where|which)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartBoundaryRegex();

    // "What share of the vote …", "what percent of girls …", "what proportion …", and "how many percent", as a
    // translated Russian or Kazakh question asks ("сколько процентов", "қанша пайыз").
    [GeneratedRegex(@"\bwhat\s+(?:percent(?:age)?|share|proportion|fraction)\b|\bby what percent|\bhow many percent", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForShareRegex();

    [GeneratedRegex(@"\d\s*%|\b(?:percent|per cent|half|one-half|one-third|two-thirds|a third of|one-quarter|three-quarters|a quarter of|one in (?:\d+|two|three|four|five|six|seven|eight|nine|ten))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"\b(how (many|much)|what (percent(age)?|share|proportion|number|fraction)|number of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForNumberRegex();

    // "What was the turnout?", "What exactly was the national monthly minimum wage in tenge …": a noun that names a
    // quantity, asked for with "what", and not as the first half of another noun ("what did the minimum wage law change").
    [GeneratedRegex(@"\bwhat(?:'s|’s)?\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:turnout|death toll|toll|amount|(?:minimum|average|monthly) (?:wage|salary|pay)|budget|population|percentage|rate)\b(?!\s+(?:law|laws|bill|bills|policy|policies|rule|rules|legislation|system|increase|increases|hike|reform|reforms|act|protest|protests|dispute|disputes|debate|campaign|figure|figures|data|question|issue)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatQuantityRegex();

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|percent|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    // "October 6", "6 October", "2016", "2016-17", "Section 2.b": numbers that count nothing.
    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d{2}(?:[-–/]\d{2,4})?\b|Sections?\s+\d+(?:\.[a-z])?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAQuantityRegex();
}
