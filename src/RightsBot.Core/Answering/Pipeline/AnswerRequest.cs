namespace RightsBot.Core.Answering.Pipeline;

/// <summary>What the pipeline is asked to do with one question.</summary>
/// <param name="Question">The user's question and explicit filters.</param>
/// <param name="Depth">
/// How many ranked passages to keep beyond the answer's sources (eval scores the top 10); null: the answer's
/// <c>Retrieval:TopK</c>.
/// </param>
/// <param name="LexicalOnly">Rank by words alone even when search by meaning is on (eval's lexical row).</param>
internal sealed record AnswerRequest(Question Question, int? Depth = null, bool LexicalOnly = false);
