namespace RightsBot.Core.Languages;

/// <summary>One glossary line: a Russian or Kazakh term and the reports' English words for it, most likely first.</summary>
internal sealed record GlossaryEntry(string Term, IReadOnlyList<string> English);
