using RightsBot.Core.Answering;

namespace RightsBot.Summarization.Tests.Fakes;

/// <summary>Three retrieved passages in rank order, as the core hands them to a summarizer.</summary>
internal static class SamplePassages
{
    /// <summary>A question the three passages answer.</summary>
    public static Question AssemblyQuestion { get; } = new("Can people protest freely in Kazakhstan?");

    /// <summary>A reply that cites the passages correctly.</summary>
    public const string GoodSummary = "Protests need a permit applied for 10 days ahead [1], and people at unsanctioned land-reform protests were detained [2].";

    public static IReadOnlyList<AnswerSource> Three { get; } =
    [
        new(1, "kz16-0412", "Kazakhstan", 2016,
            "Section 2. Respect for Civil Liberties › b. Freedom of Peaceful Assembly and Association › Freedom of Assembly", 0.61,
            "The law provides for limited freedom of assembly, but there were significant restrictions on this right. Organizers must apply to local authorities for a permit at least 10 days in advance."),
        new(2, "kz16-0413", "Kazakhstan", 2016,
            "Section 2. Respect for Civil Liberties › b. Freedom of Peaceful Assembly and Association › Freedom of Assembly", 0.44,
            "Authorities detained dozens of people who attempted to join unsanctioned protests over land reform in May."),
        new(3, "kz16-0207", "Kazakhstan", 2016,
            "Section 2. Respect for Civil Liberties › a. Freedom of Speech and Press", 0.31,
            "The government used laws against inciting social discord to pressure independent journalists."),
    ];
}
