namespace RightsBot.Core.Evaluation;

/// <summary>One question in a system's scoring pass: the rank of its first expected passage (answerable questions only) and whether the system refused it.</summary>
public sealed record EvalQuestionOutcome(EvalQuestion Question, int? FirstHitRank, bool Refused);
