namespace RightsBot.Tests.Hosting;

/// <summary>One line of a Prometheus scrape: a series name, its labels and its value.</summary>
internal sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
