using System.Globalization;
using System.Text.RegularExpressions;

namespace RightsBot.Tests.Hosting;

/// <summary>A scrape of GET /metrics in Prometheus's text format, read into samples (comments left out).</summary>
internal sealed partial class PrometheusScrape
{
    private PrometheusScrape(string text, IReadOnlyList<PrometheusSample> samples)
    {
        Text = text;
        Samples = samples;
    }

    public string Text { get; }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    public static PrometheusScrape Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleRegex().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            var labels = LabelRegex().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            samples.Add(new PrometheusSample(match.Groups["name"].Value, labels, ParseValue(match.Groups["value"].Value)));
        }

        return new PrometheusScrape(text, samples);
    }

    /// <summary>The samples of series <paramref name="name"/> carrying at least these labels.</summary>
    public IReadOnlyList<PrometheusSample> Find(string name, params (string Label, string Value)[] labels)
        => Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).ToList();

    /// <summary>The one sample of <paramref name="name"/> with these labels (fails when there is none or several).</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var found = Find(name, labels);
        Assert.True(found.Count == 1, $"{found.Count} samples of {name}{{{string.Join(',', labels.Select(l => $"{l.Label}=\"{l.Value}\""))}}} in:\n{Text}");
        return found[0].Value;
    }

    private static double ParseValue(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex SampleRegex();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelRegex();
}
