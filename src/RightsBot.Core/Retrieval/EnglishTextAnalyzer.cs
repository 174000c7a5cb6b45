using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using RightsBot.Core.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// Turns text into space-separated index terms before ML.NET featurizes it: standard tokenization, possessives
/// dropped, lower case, English stop words removed, Porter stemming — so "complaints" meets "complaint" and
/// "registered" meets "register". ML.NET has no stemmer of its own.
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    internal const string StopWordsFile = "stop-words.tsv";

    // A fuller list than Lucene's 33 words: question words ("how", "many", "does") carry no topic.
    private static readonly Lazy<CharArraySet> StopWords = new(() => new CharArraySet(Version, WordList.Words(StopWordsFile), ignoreCase: true), LazyThreadSafetyMode.ExecutionAndPublication);

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
        result = new StopFilter(Version, result, StopWords.Value);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
