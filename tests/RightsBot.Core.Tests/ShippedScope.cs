using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests;

/// <summary>A scope resolver over report titles like the shipped corpus's (no texts): Kazakhstan's four years and some one-year countries.</summary>
internal static class ShippedScope
{
    public static QuestionScopeResolver Resolver { get; } = new(
    [
        new("kazakhstan-2016", "Kazakhstan", 2016, "t", "f"),
        new("kazakhstan-2022", "Kazakhstan", 2022, "t", "f"),
        new("kazakhstan-2023", "Kazakhstan", 2023, "t", "f"),
        new("kazakhstan-2024", "Kazakhstan", 2024, "t", "f"),
        new("kyrgyz-republic-2016", "Kyrgyz Republic", 2016, "t", "f"),
        new("uzbekistan-2019", "Uzbekistan", 2019, "t", "f"),
        new("nigeria-2016", "Nigeria", 2016, "t", "f"),
    ]);
}
