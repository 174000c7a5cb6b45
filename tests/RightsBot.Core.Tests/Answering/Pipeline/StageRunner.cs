using Microsoft.Extensions.Options;
using RightsBot.Core.Answering;
using RightsBot.Core.Answering.Pipeline;
using RightsBot.Core.Corpus;
using RightsBot.Core.Retrieval;
using RightsBot.Core.Text;

namespace RightsBot.Core.Tests.Answering.Pipeline;

/// <summary>
/// Runs the pipeline's search stages (<see cref="SearchStages"/>) over an index snapshot, as
/// <see cref="AnsweringPipeline"/> does after normalising, and returns their decision.
/// </summary>
internal static class StageRunner
{
    public static RetrievalOutcome Retrieve(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int depth, CoverageOptions options, bool lexicalOnly = false, RetrievalOptions? retrieval = null)
        => Run(index, question, country, year, defaultCountry, depth, options, lexicalOnly, retrieval).Outcome!;

    /// <summary>The same, returning the whole context (to see what each stage left).</summary>
    public static QuestionContext Run(PassageIndex index, string question, string? country, int? year, string? defaultCountry, int depth, CoverageOptions options, bool lexicalOnly = false, RetrievalOptions? retrieval = null)
    {
        var context = new QuestionContext(new AnswerRequest(new Question(question, country, year), depth, lexicalOnly), index, depth)
        {
            CleanedText = question,
            SearchText = ChatSpeak.Expand(question),
        };
        Search(options, defaultCountry, retrieval).Run(context);
        return context;
    }

    public static SearchStages Search(CoverageOptions coverage, string? defaultCountry = null, RetrievalOptions? retrieval = null)
        => SearchStages.Create(
            Options.Create(new CorpusOptions { Path = "corpus", DefaultCountry = defaultCountry ?? string.Empty }), Options.Create(retrieval ?? new RetrievalOptions()), coverage);
}
