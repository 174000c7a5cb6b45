using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Turns text into space-separated index terms before ML.NET featurizes it: standard tokenization, possessives
/// dropped, lower case, English stop words removed, Porter stemming — so "complaints" meets "complaint" and
/// "registered" meets "register". ML.NET has no stemmer of its own.
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // A fuller list than Lucene's 33 words: question words ("how", "many", "does") carry no topic.
    private static readonly CharArraySet StopWords = new(Version,
    [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "nor", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        "many", "much", "also", "s", "t", "will", "shall", "may", "might", "must", "get", "got", "tell", "anything",
        "something", "whether", "ever", "really", "still", "yet",
    ], ignoreCase: true);

    public static EnglishTextAnalyzer Instance { get; } = new();

    /// <summary>The analysed terms of <paramref name="text"/>, joined by single spaces.</summary>
    public string Analyze(string text)
    {
        var sb = new StringBuilder(text.Length);
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(term.Buffer, 0, term.Length);
        }

        stream.End();
        return sb.ToString();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new EnglishPossessiveFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, StopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
