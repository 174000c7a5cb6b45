namespace RightsBot.Core.Answering;

/// <summary>How a question was settled.</summary>
public enum AnswerStatus
{
    /// <summary>Passages answer it; <see cref="Answer.Sources"/> holds them.</summary>
    Answered,

    /// <summary>The reports do not seem to cover it.</summary>
    NotCovered,

    /// <summary>The question itself was unusable (empty, too long); <see cref="Answer.Text"/> says why.</summary>
    Rejected,
}
