using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// ML.NET's TF-IDF over analysed text (see <see cref="EnglishTextAnalyzer"/>, which already removed English stop
/// words and stemmed): word 1–2-grams weighted tf × ln(N/df). Used at build time; questions are vectorised by
/// <see cref="TermVocabulary"/> with the same vocabulary and weights, checked against ML.NET's own
/// PredictionEngine in the tests, so no ML.NET model has to be loaded to answer.
/// </summary>
internal static class TfidfFeaturizer
{
    /// <summary>Fits the n-gram vocabulary and IDF on the texts; returns each text's raw TF-IDF vector and the vocabulary.</summary>
    public static (SparseVector[] Vectors, string[] Terms) Fit(IReadOnlyList<string> analyzedTexts)
        => Fit(analyzedTexts, out _, out _);

    /// <summary>As <see cref="Fit(IReadOnlyList{string})"/>, also handing out the fitted model (tests compare against it).</summary>
    public static (SparseVector[] Vectors, string[] Terms) Fit(IReadOnlyList<string> analyzedTexts, out MLContext ml, out ITransformer model)
    {
        ml = new MLContext(1);
        var data = ml.Data.LoadFromEnumerable(analyzedTexts.Select(t => new TextInput { Text = t }));
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(TextInput.Text), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams(nameof(FeaturesOutput.Ngrams), "TokenKeys", ngramLength: 2, useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf));
        model = pipeline.Fit(data);
        var transformed = model.Transform(data);
        var vectors = new SparseVector[analyzedTexts.Count];
        var column = transformed.Schema[nameof(FeaturesOutput.Ngrams)];
        using (var cursor = transformed.GetRowCursor([column]))
        {
            var getter = cursor.GetGetter<VBuffer<float>>(column);
            var buffer = default(VBuffer<float>);
            var row = 0;
            while (cursor.MoveNext())
            {
                getter(ref buffer);
                vectors[row++] = ToSparse(buffer);
            }
        }

        // Slot names are the n-grams ("tortur", "tortur|complaint").
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var terms = new string[names.Length];
        var i = 0;
        foreach (var name in names.DenseValues())
        {
            terms[i++] = name.ToString();
        }

        return (vectors, terms);
    }

    /// <summary>ML.NET's own vector of one analysed text, from a fitted model (the reference the tests check against).</summary>
    public static SparseVector Reference(MLContext ml, ITransformer model, string analyzedText)
    {
        var engine = ml.Model.CreatePredictionEngine<TextInput, FeaturesOutput>(model);
        return ToSparse(engine.Predict(new TextInput { Text = analyzedText }).Ngrams);
    }

    internal static SparseVector ToSparse(VBuffer<float> buffer)
    {
        var values = buffer.GetValues();
        var dense = buffer.IsDense;
        var indices = buffer.GetIndices();
        var outIdx = new List<int>(values.Length);
        var outVal = new List<float>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0f)
            {
                outIdx.Add(dense ? i : indices[i]);
                outVal.Add(values[i]);
            }
        }

        return new SparseVector([.. outIdx], [.. outVal]);
    }

    internal sealed class TextInput
    {
        public string Text { get; set; } = string.Empty;
    }

    internal sealed class FeaturesOutput
    {
        public VBuffer<float> Ngrams { get; set; }
    }
}
