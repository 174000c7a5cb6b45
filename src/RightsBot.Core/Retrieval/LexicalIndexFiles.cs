using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>The lexical index on disk: postings and vocabulary in one file, independent of the corpus.</summary>
internal static class LexicalIndexFiles
{
    private const string FileName = "postings.bin";

    // Read buffer for the postings file (tens of MB at full scale).
    private const int ReadBufferBytes = 1 << 20;

    public static void Save(string directory, InvertedIndex index, TermVocabulary vocabulary)
    {
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new BinaryWriter(stream);
        index.Write(writer);
        vocabulary.Write(writer);
    }

    /// <summary>Reads the postings and vocabulary of a saved index (independent of the corpus, so both load at once).</summary>
    public static (InvertedIndex Index, TermVocabulary Vocabulary) Load(string directory)
    {
        using var stream = new BufferedStream(File.OpenRead(Path.Combine(directory, FileName)), ReadBufferBytes);
        using var reader = new BinaryReader(stream);
        var index = InvertedIndex.Read(reader);
        var vocabulary = TermVocabulary.Read(reader, count =>
        {
            var df = new int[count];
            for (var t = 0; t < count; t++)
            {
                df[t] = index.DocumentFrequency(t);
            }

            return df;
        }, index.PassageCount);
        return (index, vocabulary);
    }
}
