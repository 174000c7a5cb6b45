namespace RightsBot.Core.Answering;

/// <summary>Why a question was answered "not covered" (a closed set, for rightsbot_refusals_total).</summary>
public enum RefusalReason
{
    /// <summary>No passage came close enough to the question (the similarity or score cut), or none was found.</summary>
    NotCovered,

    /// <summary>The question asks for a figure that the closest sentences do not give.</summary>
    NoFigure,

    /// <summary>The question names someone or something that the reports in scope never mention.</summary>
    AbsentName,

    /// <summary>The closest paragraph only refers readers to another publication.</summary>
    Referral,

    /// <summary>The corpus has no report of the country or year asked for.</summary>
    NoReport,

    /// <summary>"Tell me more" after every passage that covers the question was shown.</summary>
    NothingMore,

    /// <summary>A Russian or Kazakh question with too many words the glossary does not know to search it honestly.</summary>
    NotUnderstood,
}
