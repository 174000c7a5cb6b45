using System.ComponentModel.DataAnnotations;
using RightsBot.Core.Fetching;

namespace RightsBot.Core.Tests.Fetching;

public class ReportsOptionsTests
{
    [Fact]
    public void Defaults_StateGovOneRequestAtATimeHalfASecondApartNoRefresh()
    {
        var options = new ReportsOptions();

        Assert.Equal(("https://www.state.gov", 1, 500, 0), (options.SourceUrl, options.MaxConcurrency, options.DelayMilliseconds, options.RefreshHours));
        Assert.StartsWith("RightsBot/", options.UserAgent, StringComparison.Ordinal);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("https://mirror.example/state/", true)]
    [InlineData("www.state.gov", false)]
    [InlineData("ftp://www.state.gov", false)]
    [InlineData("https://www.state.gov/?q=1", false)]
    [InlineData("", false)]
    public void Validate_SourceUrl_MustBeAnAbsoluteHttpUrl(string source, bool valid)
        => Assert.Equal(valid, Validate(new ReportsOptions { SourceUrl = source }).Count == 0);

    [Theory]
    [InlineData(0, 500)]
    [InlineData(1, -1)]
    public void Validate_ConcurrencyAndDelay_InRange(int concurrency, int delay)
        => Assert.NotEmpty(Validate(new ReportsOptions { MaxConcurrency = concurrency, DelayMilliseconds = delay }));

    private static List<ValidationResult> Validate(ReportsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
