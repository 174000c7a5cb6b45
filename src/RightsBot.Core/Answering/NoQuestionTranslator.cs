namespace RightsBot.Core.Answering;

/// <summary>The default: no translation (summarization off).</summary>
internal sealed class NoQuestionTranslator : IQuestionTranslator
{
    public bool IsEnabled => false;

    public Task<string?> TranslateToEnglishAsync(string questionText, CancellationToken cancellationToken = default)
        => Task.FromResult<string?>(null);
}
