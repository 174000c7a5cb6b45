using Microsoft.SemanticKernel.ChatCompletion;
using RightsBot.Core.Answering;
using RightsBot.Summarization.Prompts;

namespace RightsBot.Summarization.Tests.Prompts;

public sealed class GroundedSummaryPromptTests
{
    [Fact]
    public void Build_OnePassageWithoutSection_OffersOnlyCitationOneAndOmitsTheSectionAttribute()
    {
        var source = new AnswerSource(1, "p1", "Brazil", 2016, string.Empty, 0.5, "Police killed civilians.");

        var history = GroundedSummaryPrompt.Build(new Question("police killings?"), [source]);

        Assert.Equal([AuthorRole.System, AuthorRole.User], history.Select(m => m.Role));
        Assert.Contains("using only the passage numbers given: [1].", history[0].Content, StringComparison.Ordinal);
        Assert.Contains("<passage number=\"1\" report=\"Brazil 2016\">\nPolice killed civilians.\n</passage>", history[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SectionWithQuotesAndTags_CannotBreakOutOfItsAttribute()
    {
        var source = new AnswerSource(1, "p1", "Brazil", 2016, "Section \"1\" <b>", 0.5, "Text.");

        var history = GroundedSummaryPrompt.Build(new Question("q"), [source]);

        Assert.Contains("section=\"Section &quot;1&quot; &lt;b&gt;\">", history[1].Content, StringComparison.Ordinal);
    }
}
