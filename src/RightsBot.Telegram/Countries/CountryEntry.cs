namespace RightsBot.Telegram.Countries;

/// <summary>A country of the loaded reports, with its report years, latest first.</summary>
internal sealed record CountryEntry(string Name, IReadOnlyList<int> Years);
