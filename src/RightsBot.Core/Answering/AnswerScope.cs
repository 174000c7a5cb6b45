namespace RightsBot.Core.Answering;

/// <summary>
/// What an answer was asked about, as the core understood it: for a follow-up ("and in 2019?") to re-ask the
/// same topic with another scope.
/// </summary>
/// <param name="Country">The country the question was scoped to (its report title; several, comma-separated, for a comparison of countries), or null for every country.</param>
/// <param name="Year">The year named or chosen, or null when none was (the latest report answers).</param>
/// <param name="Topic">The question without the words that chose the scope.</param>
public sealed record AnswerScope(string? Country, int? Year, string Topic)
{
    /// <summary>For a comparison of named years: those years, so that "what about Uzbekistan?" compares the same ones.</summary>
    public IReadOnlyList<int>? Years { get; init; }

    /// <summary>For a comparison of a country across its years, asked about change with no years named.</summary>
    public bool Compare { get; init; }

    /// <summary>True when the chat's or server's chosen country (<see cref="Question.DefaultCountry"/>) chose the reports.</summary>
    public bool ByChosenCountry { get; init; }
}
