namespace RightsBot.Core.Corpus;

/// <summary>A corpus file that cannot be read as a report.</summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException()
    {
    }

    public CorpusFormatException(string message)
        : base(message)
    {
    }

    public CorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
