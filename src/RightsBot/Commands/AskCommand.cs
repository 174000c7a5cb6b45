using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core.Answering;

namespace RightsBot.Commands;

/// <summary>One question, one answer: <c>ask "question" [--country C] [--year Y] [--json]</c>.</summary>
internal static class AskCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create(ConsoleIo io)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var corpus = CommonOptions.Corpus();
        var country = CommonOptions.Country();
        var year = CommonOptions.Year();
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON." };
        var command = new Command("ask", "Answer one question and exit.") { question, country, year, json, corpus };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var services = Hosting.ConsoleServices.Build(io.Error, CommonOptions.Overrides(io, parseResult.GetValue(corpus)));
            var answerer = services.GetRequiredService<IQuestionAnswerer>();
            var answer = await answerer.AnswerAsync(
                new Question(parseResult.GetValue(question) ?? string.Empty, parseResult.GetValue(country), parseResult.GetValue(year)), ct).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                await io.Output.WriteLineAsync(JsonSerializer.Serialize(ToJson(answer), JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                await io.Output.WriteLineAsync(ConsoleAnswerFormatter.Format(answer)).ConfigureAwait(false);
            }

            return answer.Status == AnswerStatus.Rejected ? CliApp.Usage : CliApp.Ok;
        });
        return command;
    }

    internal static AskJson ToJson(Answer answer) => new(
        answer.Answered,
        answer.Hint is null ? answer.Text : $"{answer.Text} {answer.Hint}",
        answer.Summarized,
        answer.Status.ToString().ToLowerInvariant(),
        answer.YearNote,
        answer.Sources.Select(s => new AskJsonSource(s.Rank, s.Report, s.Section, s.PassageId, s.Score, s.Text, s.Url)).ToList());

    internal sealed record AskJson(
        [property: JsonPropertyName("answered")] bool Answered,
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("summarized")] bool Summarized,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("year_note"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? YearNote,
        [property: JsonPropertyName("sources")] IReadOnlyList<AskJsonSource> Sources);

    internal sealed record AskJsonSource(
        [property: JsonPropertyName("rank")] int Rank,
        [property: JsonPropertyName("report")] string Report,
        [property: JsonPropertyName("section")] string Section,
        [property: JsonPropertyName("passage_id")] string PassageId,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Url);
}
