using System.Text;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Answering;

/// <summary>
/// Builds the extractive answer: the few sentences of the top passages closest to the question, each followed
/// by the [n] of its source.
/// </summary>
internal static class ExtractiveAnswerComposer
{
    private const int MaxSentences = 3;
    private const int MaxWords = 110;

    public static string Compose(string question, IReadOnlyList<AnswerSource> sources, LexicalPassageRetriever retriever)
    {
        var query = retriever.Vectorize(question);
        var candidates = new List<(int Source, int Order, string Sentence, double Score)>();
        foreach (var source in sources)
        {
            var sentences = SentenceSplitter.Split(source.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var score = LexicalPassageRetriever.Dot(query, retriever.Vectorize(sentences[i]));

                // The top passage matters most: a small bonus keeps its best sentence first.
                candidates.Add((source.Rank, i, sentences[i], score * (source.Rank == 1 ? 1.15 : 1.0)));
            }
        }

        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var best = candidates.MaxBy(c => c.Score);
        var chosen = new List<(int Source, int Order, string Sentence, double Score)> { best };
        var words = TextUtil.CountWords(best.Sentence);
        foreach (var c in candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= MaxSentences || c.Score < best.Score * 0.5 || c.Score <= 0)
            {
                break;
            }

            var w = TextUtil.CountWords(c.Sentence);
            if (chosen.Any(x => x == c || x.Sentence == c.Sentence) || words + w > MaxWords)
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
