namespace RightsBot.Core.Answering;

/// <summary>A question as every front end hands it to the core: the user's text and any explicit filters.</summary>
/// <param name="Text">What the user asked, as typed.</param>
/// <param name="Country">An explicit country choice (a slash-command option, a --country flag); null lets the core decide.</param>
/// <param name="Year">An explicit report year; null lets the core decide.</param>
public sealed record Question(string Text, string? Country = null, int? Year = null);
