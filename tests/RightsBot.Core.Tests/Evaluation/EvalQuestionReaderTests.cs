using RightsBot.Core.Evaluation;

namespace RightsBot.Core.Tests.Evaluation;

public class EvalQuestionReaderTests
{
    [Fact]
    public void Read_DevSet_ReadsAllQuestionsAndFilters()
    {
        var questions = EvalQuestionReader.Read(TestPaths.DevQuestions);
        Assert.Equal(45, questions.Count);
        Assert.Equal(40, questions.Count(q => q.Answerable));
    }

    [Fact]
    public void Read_FiltersField_IsParsed()
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", """{"id": "a", "question": "q?", "answerable": true, "expected": ["x"], "filters": {"country": "Mexico", "year": 2016}}""");
        var q = Assert.Single(EvalQuestionReader.Read(file));
        Assert.Equal(new EvalFilters("Mexico", 2016), q.Filters);
    }

    [Theory]
    [InlineData(", \"style\": \"casual\"", "casual")]
    [InlineData(", \"style\": \" casual \"", "casual")]
    [InlineData(", \"style\": \"  \"", null)]
    [InlineData("", null)]
    public void Read_StyleField_IsTrimmedAndBlankIsNone(string styleField, string? expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", $$"""{"id": "a", "question": "q?", "answerable": false{{styleField}}}""");
        Assert.Equal(expected, Assert.Single(EvalQuestionReader.Read(file)).Style);
    }

    [Theory]
    [InlineData(", \"lang\": \"ru\"", "ru")]
    [InlineData(", \"lang\": \" KK \"", "kk")]
    [InlineData(", \"lang\": \"En\"", "en")]
    [InlineData(", \"lang\": \"  \"", null)]
    [InlineData(", \"lang\": null", null)]
    [InlineData("", null)]
    public void Read_LangField_IsTrimmedLowerCasedAndBlankIsNone(string langField, string? expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", $$"""{"id": "a", "question": "q?", "answerable": false, "style": "casual"{{langField}}}""");
        var q = Assert.Single(EvalQuestionReader.Read(file));
        Assert.Equal(expected, q.Lang);
        Assert.Equal("casual", q.Style);
    }

    [Fact]
    public void Read_ComparisonLine_ReadsItsParts()
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", """{"id": "c", "question": "torture 2016 vs 2024?", "kind": "comparison", "parts": [{"country": "Kazakhstan", "year": 2016, "expected": ["x"]}, {"country": "Kazakhstan", "year": 2024, "answerable": false}, {"country": "Kazakhstan", "year": 2019, "missing_report": true}], "filters": {"years": [2016, 2024]}}""");

        var q = Assert.Single(EvalQuestionReader.Read(file));

        Assert.True(q.IsComparison);
        Assert.Equal([true, false, false], q.Parts!.Select(p => p.ShouldAnswer));
        Assert.True(q.Parts![2].MissingReport);
        Assert.Equal([2016, 2024], q.Filters!.Years);
    }

    [Theory]
    [InlineData("""{"id": "c", "question": "q?", "kind": "comparison", "parts": [{"country": "Kazakhstan", "year": 2016, "expected": ["x"]}]}""")]
    [InlineData("""{"id": "c", "question": "q?", "kind": "comparison", "parts": [{"country": "Kazakhstan", "year": 2016}, {"country": "Kazakhstan", "year": 2024, "expected": ["x"]}]}""")]
    [InlineData("""{"id": "c", "question": "q?", "kind": "versus", "answerable": false}""")]
    public void Read_BadComparison_ThrowsWithLineNumber(string line)
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", line);

        var error = Assert.Throws<FormatException>(() => EvalQuestionReader.Read(file));
        Assert.Contains(":1:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"id": "a", "answerable": true, "expected": ["x"]}""")]
    [InlineData("""{"id": "a", "question": "q?", "answerable": true, "expected": []}""")]
    public void Read_BadLine_ThrowsWithLineNumber(string line)
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", "\n" + line + "\n");
        var ex = Assert.Throws<FormatException>(() => EvalQuestionReader.Read(file));
        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }
}
