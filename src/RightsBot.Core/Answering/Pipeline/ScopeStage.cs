using Microsoft.Extensions.Options;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Answering.Pipeline;

/// <summary>
/// Stage 2: chooses the reports to answer from: explicit filters, else a country or year the question names,
/// else <c>Corpus:DefaultCountry</c>, else every report. The words that chose the scope leave the query. A country
/// or year the corpus lacks ends the search here ("I have no report for …").
/// </summary>
internal sealed class ScopeStage(IOptions<CorpusOptions> corpus)
{
    public void Run(QuestionContext context)
    {
        var question = context.Request.Question;
        var defaultCountry = Blank(question.DefaultCountry) ?? Blank(corpus.Value.DefaultCountry);
        var scope = context.Index.Scope.Resolve(context.SearchText, Blank(question.Country), question.Year, defaultCountry);
        if (question.DefaultYear is { } year && scope.Year is null && scope.Unavailable is null && scope.Country is { } country
            && Blank(question.DefaultCountry) is { } chosen && context.Index.Scope.CountryKeyFor(chosen) == context.Index.Scope.CountryKeyFor(country))
        {
            // The chat chose a year of this country's reports, and the question names no other.
            scope = context.Index.Scope.Resolve(context.SearchText, country, year, defaultCountry);
        }

        context.Scope = scope;
        context.TopicText = scope.TopicText ?? context.SearchText;
        if (scope.Unavailable is not null)
        {
            context.Outcome = new RetrievalOutcome([], false, scope) { SearchedText = context.SearchText };
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
