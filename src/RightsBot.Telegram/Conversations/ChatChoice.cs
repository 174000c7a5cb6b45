namespace RightsBot.Telegram.Conversations;

/// <summary>A chat's chosen report (<c>/country</c>): a country, and a year or, when null, its latest report.</summary>
internal sealed record ChatChoice(string Country, int? Year);
