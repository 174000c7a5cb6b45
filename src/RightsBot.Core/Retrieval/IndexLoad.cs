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

    /// <summary>
    /// Like <see cref="Cached"/>, for a corpus that changed while serving: the new index and, where wanted, its
    /// passage vectors are made beside the live snapshot, which answers until the finished one replaces it.
    /// </summary>
    Refresh,
}
