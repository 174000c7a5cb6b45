using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using RightsBot.Core.Answering;
using RightsBot.Core.Metrics;

namespace RightsBot.Commands;

/// <summary>One question, one answer: <c>ask "question" [--country C[,C2…]] [--year Y] [--years Y1,Y2] [--json]</c>.</summary>
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
        var years = CommonOptions.Years();
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON." };
        var command = new Command("ask", "Answer one question and exit.") { question, country, year, years, json, corpus };
        command.SetAction(async (parseResult, ct) =>
        {
            var compared = CommonOptions.ParseYears(parseResult.GetValue(years));
            await using var services = Hosting.ConsoleServices.Build(io.Error, CommonOptions.Overrides(io, parseResult.GetValue(corpus)));
            var answerer = services.GetRequiredService<IQuestionAnswerer>();
            var answer = await services.GetRequiredService<IAnswerMetrics>().Start(ChatChannel.Console).TimeAsync(answerer.AnswerAsync(
                new Question(parseResult.GetValue(question) ?? string.Empty, parseResult.GetValue(country), parseResult.GetValue(year)) { Years = compared }, ct)).ConfigureAwait(false);
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
        [.. answer.Sources.Select(Source)])
    {
        Comparison = answer.Comparison?.Select(p => new AskJsonComparisonPart(p.Country, p.Year, p.Answered, p.Text, [.. p.Sources.Select(Source)])).ToList(),
    };

    private static AskJsonSource Source(AnswerSource s) => new(s.Rank, s.Report, s.Section, s.PassageId, s.Score, s.Text, s.Url);

    internal sealed record AskJson(
        [property: JsonPropertyName("answered")] bool Answered,
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("summarized")] bool Summarized,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("year_note"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? YearNote,
        [property: JsonPropertyName("sources")] IReadOnlyList<AskJsonSource> Sources)
    {
        /// <summary>For a question comparing years or countries: one entry per report, with that report's sources only.</summary>
        [JsonPropertyName("comparison")]
        public IReadOnlyList<AskJsonComparisonPart>? Comparison { get; init; }
    }

    internal sealed record AskJsonComparisonPart(
        [property: JsonPropertyName("country")] string Country,
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("answered")] bool Answered,
        [property: JsonPropertyName("text")] string Text,
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
