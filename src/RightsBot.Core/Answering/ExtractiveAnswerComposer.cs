using System.Text;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering;

/// <summary>
/// Builds the extractive answer: the few sentences of the top passages closest to the question, each followed
/// by the [n] of its source. Close means by TF-IDF cosine, or in hybrid mode by meaning.
/// </summary>
internal static class ExtractiveAnswerComposer
{

    /// <param name="question">The question (scope words removed).</param>
    /// <param name="sources">The answer's sources, best first.</param>
    /// <param name="retriever">For TF-IDF vectors of the question and the sentences.</param>
    /// <param name="options">Length and cut-offs of the answer.</param>
    /// <param name="meaningShare">By meaning, the share of the best sentence's similarity a sentence needs to join.</param>
    /// <param name="bySentenceMeaning">Hybrid mode: a source's sentences with their similarity to the question.</param>
    public static string Compose(
        string question,
        IReadOnlyList<AnswerSource> sources,
        LexicalPassageRetriever retriever,
        AnswerOptions options,
        double meaningShare,
        Func<AnswerSource, IReadOnlyList<(string Sentence, float Similarity)>>? bySentenceMeaning = null)
    {
        var query = retriever.Vectorize(question);
        var candidates = new List<(int Source, int Order, string Sentence, double Score)>();
        foreach (var source in sources)
        {
            var scored = bySentenceMeaning?.Invoke(source)
                ?? [.. SentenceSplitter.Split(source.Text).Select(s => (s, (float)SparseVector.Dot(query, retriever.Vectorize(s))))];
            for (var i = 0; i < scored.Count; i++)
            {
                // The top passage matters most: a small bonus keeps its best sentence first.
                candidates.Add((source.Rank, i, scored[i].Sentence, scored[i].Similarity * (source.Rank == 1 ? options.BestSourceBonus : 1.0)));
            }
        }

        var cutoff = bySentenceMeaning is null ? options.WordsSentenceShare : meaningShare;

        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var best = candidates.MaxBy(c => c.Score);
        var chosen = new List<(int Source, int Order, string Sentence, double Score)> { best };
        var words = TextUtil.CountWords(best.Sentence);
        foreach (var c in candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= options.MaxSentences || c.Score < best.Score * cutoff || c.Score <= 0)
            {
                break;
            }

            var w = TextUtil.CountWords(c.Sentence);
            if (chosen.Any(x => x == c || x.Sentence == c.Sentence) || words + w > options.MaxWords)
            {
                continue;
            }

            chosen.Add(c);
            words += w;
        }

        // Read in source order, and in the passage's own order within a source.
        var sb = new StringBuilder();
        foreach (var group in chosen.OrderBy(c => c.Source).ThenBy(c => c.Order).GroupBy(c => c.Source))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(string.Join(' ', group.Select(c => c.Sentence))).Append(" [").Append(group.Key).Append(']');
        }

        return sb.ToString();
    }
}
