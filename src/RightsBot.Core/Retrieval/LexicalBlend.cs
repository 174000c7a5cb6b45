using System.Numerics;
using System.Runtime.CompilerServices;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// How a candidate's two lexical signals become its score: each scaled by its best value among the candidates,
/// then blended (at most 1). The one place the formula is written, so that every path ranks alike to the bit.
/// </summary>
internal readonly struct LexicalBlend
{
    // An estimate multiplied by this is never below the exact score: the estimate multiplies by reciprocals where
    // the score divides, a few units in the last place apart.
    private const float EstimateSlack = 1 + 1e-5f;

    private readonly float _cosineWeight;
    private readonly float _bm25Weight;
    private readonly float _maxCosine;
    private readonly float _maxBm25;
    private readonly float _cosineScale;
    private readonly float _bm25Scale;

    /// <param name="cosineWeight">Share of the TF-IDF cosine.</param>
    /// <param name="bm25Weight">Share of BM25.</param>
    /// <param name="maxCosine">The best cosine among the candidates.</param>
    /// <param name="maxBm25">The best BM25 score among the candidates.</param>
    public LexicalBlend(float cosineWeight, float bm25Weight, float maxCosine, float maxBm25)
    {
        (_cosineWeight, _bm25Weight, _maxCosine, _maxBm25) = (cosineWeight, bm25Weight, maxCosine, maxBm25);
        _cosineScale = maxCosine > 0 ? cosineWeight / maxCosine : 0;
        _bm25Scale = maxBm25 > 0 ? bm25Weight / maxBm25 : 0;
    }

    /// <summary>The best cosine among the candidates.</summary>
    public float MaxCosine => _maxCosine;

    /// <summary>The best BM25 score among the candidates.</summary>
    public float MaxBm25 => _maxBm25;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(float cosine, float bm25)
        => (_maxCosine > 0 ? _cosineWeight * cosine / _maxCosine : 0) + (_maxBm25 > 0 ? _bm25Weight * bm25 / _maxBm25 : 0);

    /// <summary>
    /// True when the score is surely below <paramref name="threshold"/>, found without dividing: most candidates of
    /// a question over every report are far below the best few, and two divisions each would cost more than the rest.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SurelyBelow(float cosine, float bm25, float threshold)
        => ((cosine * _cosineScale) + (bm25 * _bm25Scale)) * EstimateSlack < threshold;

    /// <summary><see cref="SurelyBelow(float, float, float)"/> for every lane of a vector of candidates at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SurelyBelow(Vector<float> cosine, Vector<float> bm25, float threshold)
        => Vector.LessThanAll(((cosine * _cosineScale) + (bm25 * _bm25Scale)) * EstimateSlack, new Vector<float>(threshold));
}
