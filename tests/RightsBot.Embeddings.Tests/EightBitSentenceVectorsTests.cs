using System.Numerics.Tensors;
using System.Text.Json;
using RightsBot.Core.Retrieval;
using Xunit.Abstractions;

namespace RightsBot.Embeddings.Tests;

/// <summary>
/// The sentence vectors are stored in 8 bits (<see cref="DenseRecord"/>): with the real model, on real report
/// paragraphs and the dev questions, their similarities stay within a hundredth of the 32-bit ones.
/// </summary>
public class EightBitSentenceVectorsTests(MiniLmEmbedderFixture fixture, ITestOutputHelper output) : IClassFixture<MiniLmEmbedderFixture>
{
    [Fact]
    public void SentenceSimilarities_DevQuestionsOverReportParagraphs_WithinAHundredthOfTheFloatOnes()
    {
        var root = RepoRoot();
        var paragraphs = File.ReadAllText(Path.Combine(root, "tests", "fixtures", "seed-kazakhstan-2016-excerpt.txt"))
            .Split("\n\n").Select(p => p.Trim()).Where(p => p.Split(' ').Length >= 40).Take(20).ToArray();
        var questions = File.ReadLines(Path.Combine(root, "tests", "fixtures", "dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!).ToArray();
        var embedder = fixture.Embedder;
        var dense = DenseIndex.Build(embedder, paragraphs);
        var sentences = paragraphs.Select(p => embedder.Embed(DenseIndex.Sentences(p))).ToArray();

        var differences = new List<double>();
        foreach (var query in embedder.Embed(questions))
        {
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var stored = dense.SentenceSimilarities(query, p, paragraphs[p]);
                differences.AddRange(stored.Select((s, i) => (double)Math.Abs(s.Similarity - TensorPrimitives.Dot(query, sentences[p][i]))));
                Assert.Equal(sentences[p].Max(v => TensorPrimitives.Dot(query, v)), dense.Similarity(query, p), 0.01);
            }
        }

        output.WriteLine($"{differences.Count} similarities of {questions.Length} questions to the {dense.SentenceCount} sentences of {paragraphs.Length} paragraphs: mean difference {differences.Average():0.00000}, largest {differences.Max():0.00000}");
        Assert.True(differences.Max() < 0.01, $"largest difference {differences.Max()}");
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RightsBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("RightsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
