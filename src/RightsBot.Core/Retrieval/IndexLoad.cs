namespace RightsBot.Core.Retrieval;

/// <summary>How <see cref="PassageIndexProvider.LoadAsync"/> treats the on-disk index cache.</summary>
internal enum IndexLoad
{
    /// <summary>Read the cache when it matches the corpus, else build and write it.</summary>
    Cached,

    /// <summary>Build from the corpus and write the cache (<c>index --rebuild</c>).</summary>
    Rebuild,

    /// <summary>Build from the corpus, neither reading nor writing the cache (eval's index_seconds).</summary>
    Uncached,
}
