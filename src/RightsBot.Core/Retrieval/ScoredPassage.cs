using RightsBot.Core.Corpus;

namespace RightsBot.Core.Retrieval;

/// <summary>A retrieved passage and its score.</summary>
internal sealed record ScoredPassage(Passage Passage, Report Report, double Score);
