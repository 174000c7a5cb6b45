namespace RightsBot.Core.Corpus;

/// <summary>What a block (a blank-line separated line) of a report is.</summary>
public enum BlockKind
{
    /// <summary>Body text.</summary>
    Paragraph,

    /// <summary>A list item ("- ...").</summary>
    ListItem,

    /// <summary>"Section 2. Respect for Civil Liberties, Including:" or "EXECUTIVE SUMMARY".</summary>
    Section,

    /// <summary>"b. Freedom of Peaceful Assembly and Association".</summary>
    Subsection,

    /// <summary>"FREEDOM OF ASSEMBLY" or "Prison and Detention Center Conditions".</summary>
    Subheading,
}
