using System.Collections.Concurrent;
using RightsBot.Core.Answering;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>A hand-written answerer: returns <see cref="Respond"/>'s answer and records every question.</summary>
internal sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public ConcurrentQueue<Question> Questions { get; } = new();

    public Func<Question, CancellationToken, Task<Answer>> Respond { get; set; } =
        (_, _) => Task.FromResult(TestAnswers.KazakhstanTorture);

    public Dictionary<string, PassageView> Passages { get; } = new()
    {
        [TestAnswers.TorturePassageId] = TestAnswers.TorturePassage,
    };

    public List<ReportInfo> Reports { get; } =
    [
        new("Brazil", 2016, "Brazil 2016 Country Reports on Human Rights Practices", 310),
        new("Kazakhstan", 2016, "Kazakhstan 2016 Country Reports on Human Rights Practices", 230),
        new("Kazakhstan", 2024, "Kazakhstan 2024 Country Reports on Human Rights Practices", 250),
        new("Kenya", 2023, "Kenya 2023 Country Reports on Human Rights Practices", 280),
        new("Mexico", 2016, "Mexico 2016 Country Reports on Human Rights Practices", 300),
    ];

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        Questions.Enqueue(question);
        return Respond(question, cancellationToken);
    }

    public Task<PassageView?> GetPassageAsync(string passageId, CancellationToken cancellationToken = default)
        => Task.FromResult(Passages.GetValueOrDefault(passageId));

    /// <summary>Other names of the reports' countries, as the core knows them ("Kazakstan" is not one: a misspelling).</summary>
    public Dictionary<string, string> OtherNames { get; } = new(StringComparer.OrdinalIgnoreCase) { ["Qazaqstan"] = "Kazakhstan" };

    public Task<string?> FindCountryAsync(string name, CancellationToken cancellationToken = default)
        => Task.FromResult(OtherNames.GetValueOrDefault(name.Trim()));

    public Task<IReadOnlyList<ReportInfo>> GetReportsAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<ReportInfo>>(Reports);
}
