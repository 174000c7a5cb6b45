using Microsoft.Extensions.DependencyInjection;
using RightsBot.Adapters.Readiness;

namespace RightsBot.Adapters.Tests.Readiness;

public sealed class AdapterReadinessTests
{
    [Theory]
    [InlineData("", "", "")]
    [InlineData("telegram", "", "telegram")]
    [InlineData("telegram discord", "", "discord telegram")]
    [InlineData("telegram discord", "discord", "telegram")]
    [InlineData("telegram discord", "telegram discord", "")]
    [InlineData("telegram", "telegram", "")]
    public void NotStarted_ExpectedLessStarted_InNameOrder(string expected, string started, string notStarted)
    {
        var readiness = new AdapterReadiness();
        foreach (var adapter in Words(expected))
        {
            readiness.Expect(adapter);
        }

        foreach (var adapter in Words(started))
        {
            readiness.MarkStarted(adapter);
        }

        Assert.Equal(Words(notStarted), readiness.NotStarted);
    }

    [Fact]
    public void Expect_AfterStarted_StaysStarted()
    {
        var readiness = new AdapterReadiness();
        readiness.Expect("telegram");
        readiness.MarkStarted("telegram");

        readiness.Expect("telegram");

        Assert.Empty(readiness.NotStarted);
    }

    [Fact]
    public void AddAdapterReadiness_TwiceOnOneCollection_OneSharedInstanceResolved()
    {
        var services = new ServiceCollection();

        var first = services.AddAdapterReadiness();
        var second = services.AddAdapterReadiness();
        first.Expect("telegram");
        using var provider = services.BuildServiceProvider();

        Assert.Same(first, second);
        Assert.Same(first, provider.GetRequiredService<AdapterReadiness>());
        Assert.Single(services, d => d.ServiceType == typeof(AdapterReadiness));
        Assert.Equal(["telegram"], provider.GetRequiredService<AdapterReadiness>().NotStarted);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
