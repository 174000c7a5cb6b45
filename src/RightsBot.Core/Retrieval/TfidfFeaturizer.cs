using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// ML.NET text featurization over analysed text (see <see cref="EnglishTextAnalyzer"/>): tokenised, English stop
/// words removed, word 1–2-grams weighted by TF-IDF and L2-normalised, so the dot product of two vectors is their cosine.
/// </summary>
internal sealed class TfidfFeaturizer
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly ConcurrentBag<PredictionEngine<TextInput, FeaturesOutput>> _engines = [];

    private TfidfFeaturizer(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
    }

    /// <summary>Fits the vocabulary and IDF on the texts and returns their vectors and the vocabulary.</summary>
    /// <param name="analyzedTexts">Texts already passed through <see cref="EnglishTextAnalyzer"/>.</param>
    /// <param name="seed">ML.NET's random seed (the pipeline is deterministic; kept for reproducibility).</param>
    public static (TfidfFeaturizer Featurizer, SparseVector[] Vectors, string[] Terms) Fit(IReadOnlyList<string> analyzedTexts, int? seed = 1)
    {
        var texts = analyzedTexts;
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextInput { Text = t }));
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(TextInput.Text))
            .Append(ml.Transforms.Text.RemoveDefaultStopWords("Tokens", "Tokens", StopWordsRemovingEstimator.Language.English))
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Ngrams", "TokenKeys", ngramLength: 2, useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm(nameof(FeaturesOutput.Features), "Ngrams"));
        var model = pipeline.Fit(data);
        var transformed = model.Transform(data);
        var vectors = new SparseVector[texts.Count];
        var column = transformed.Schema[nameof(FeaturesOutput.Features)];
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

        // Slot names are the n-grams ("tortur", "tortur|complaint"); they let the index count raw term
        // frequencies for its BM25 signal over exactly ML.NET's vocabulary.
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformed.Schema["Ngrams"].GetSlotNames(ref names);
        var terms = new string[names.Length];
        var dense = names.DenseValues().GetEnumerator();
        for (var i = 0; i < terms.Length && dense.MoveNext(); i++)
        {
            terms[i] = dense.Current.ToString();
        }

        return (new TfidfFeaturizer(ml, model, data.Schema), vectors, terms);
    }

    /// <summary>Loads a featurizer saved by <see cref="Save"/>.</summary>
    public static TfidfFeaturizer Load(Stream stream)
    {
        var ml = new MLContext(1);
        var model = ml.Model.Load(stream, out var schema);
        return new TfidfFeaturizer(ml, model, schema);
    }

    public void Save(Stream stream) => _ml.Model.Save(_model, _inputSchema, stream);

    /// <summary>The vector of one analysed text (a question); thread-safe.</summary>
    public SparseVector Vectorize(string analyzedText)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<TextInput, FeaturesOutput>(_model, inputSchema: _inputSchema);
        }

        try
        {
            var output = engine.Predict(new TextInput { Text = analyzedText });
            return ToSparse(output.Features);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static SparseVector ToSparse(VBuffer<float> buffer)
    {
        var values = buffer.GetValues();
        if (buffer.IsDense)
        {
            var idx = new List<int>();
            var val = new List<float>();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != 0f)
                {
                    idx.Add(i);
                    val.Add(values[i]);
                }
            }

            return new SparseVector([.. idx], [.. val]);
        }

        var indices = buffer.GetIndices();
        var outIdx = new List<int>(indices.Length);
        var outVal = new List<float>(indices.Length);
        for (var i = 0; i < indices.Length; i++)
        {
            if (values[i] != 0f)
            {
                outIdx.Add(indices[i]);
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
        public VBuffer<float> Features { get; set; }
    }
}
