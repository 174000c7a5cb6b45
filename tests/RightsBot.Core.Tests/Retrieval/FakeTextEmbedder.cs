using System.Collections.Concurrent;
using System.Text;
using RightsBot.Core.Retrieval;

namespace RightsBot.Core.Tests.Retrieval;

/// <summary>
/// A deterministic stand-in for a sentence-embedding model: a hashed bag of "concepts", where a small synonym
/// table sends words of the same meaning to the same dimension, L2-normalised. Counts and records its calls.
/// </summary>
internal sealed class FakeTextEmbedder(string modelId = "fake-concepts-v1", int dimensions = 512) : ITextEmbedder
{
    // Words of one meaning share a concept; none of these pairs is in the lexical SynonymMap, so only the
    // dense side can connect them.
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["seized"] = "seize", ["confiscated"] = "seize", ["expropriated"] = "seize",
        ["plots"] = "land", ["farmland"] = "land", ["fields"] = "land",
        ["rural"] = "village", ["villagers"] = "village", ["peasants"] = "village",
        ["ill"] = "sick", ["sick"] = "sick", ["unwell"] = "sick",
        ["prisoners"] = "inmate", ["detainees"] = "inmate",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "by", "did", "do", "for", "from", "in", "is", "of", "on", "the", "to", "was", "were", "who", "what",
    };

    private readonly ConcurrentQueue<string> _texts = new();
    private int _calls;

    public string ModelId { get; } = modelId;

    public int Dimensions { get; } = dimensions;

    private int _loads;

    /// <summary>How many times <see cref="Load"/> was called.</summary>
    public int Loads => Volatile.Read(ref _loads);

    public void Load() => Interlocked.Increment(ref _loads);

    /// <summary>How many times <see cref="Embed"/> was called.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Every text embedded, in arrival order.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    /// <summary>When set, every call waits for it (up to 10 s) before embedding, so callers can pile up.</summary>
    public Task? Gate { get; init; }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (Gate is { } gate && !gate.Wait(TimeSpan.FromSeconds(10), cancellationToken))
        {
            throw new TimeoutException("the test never opened the gate");
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var t in texts)
        {
            _texts.Enqueue(t);
        }

        return [.. texts.Select(Vector)];
    }

    /// <summary>The vector of one text, as <see cref="Embed"/> makes it (without counting a call).</summary>
    public float[] Vector(string text)
    {
        var v = new float[Dimensions];
        foreach (var word in Words(text))
        {
            v[Bucket(Concepts.GetValueOrDefault(word, word))] += 1;
        }

        var norm = MathF.Sqrt(v.Sum(x => x * x));
        if (norm > 0)
        {
            for (var i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }

        return v;
    }

    private static IEnumerable<string> Words(string text)
        => text.ToLowerInvariant()
            .Split([' ', '.', ',', '?', '!', ';', ':', '"', '(', ')', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w));

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    private int Bucket(string concept)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(concept))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)Dimensions);
    }
}
