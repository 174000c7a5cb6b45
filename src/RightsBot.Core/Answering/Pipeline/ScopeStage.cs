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
        var resolver = context.Index.Scope;
        var scope = resolver.Resolve(context.SearchText, Blank(question.Country), question.Year, Blank(corpus.Value.DefaultCountry));
        if (Blank(question.DefaultCountry) is { } chosen && scope.Country is null && scope.Unavailable is null)
        {
            // A chat's or server's chosen country holds whenever the question names none, even with a year; and
            // its chosen year when the question names none either.
            scope = resolver.Resolve(context.SearchText, chosen, question.Year ?? (scope.Year is null ? question.DefaultYear : null), null);
            context.ByChosenCountry = scope.Unavailable is null;
        }
        else if (question.DefaultYear is { } year && scope.Year is null && scope.Unavailable is null && scope.Country is { } country
            && Blank(question.DefaultCountry) is { } same && resolver.CountryKeyFor(same) == resolver.CountryKeyFor(country))
        {
            // The chat chose a year of this country's reports, and the question names its country but no year.
            scope = resolver.Resolve(context.SearchText, country, year, null);
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
