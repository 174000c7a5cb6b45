namespace RightsBot.Core.Tests.Text;

/// <summary>The checks every embedded word list shares; a failure names every offending entry, not the first few.</summary>
internal static class WordListAssert
{
    /// <summary>Fails when there are <paramref name="offenders"/>, listing them after <paramref name="what"/>.</summary>
    public static void None(IEnumerable<string> offenders, string what)
    {
        var all = offenders.ToList();
        Assert.True(all.Count == 0, $"{what}: {string.Join(", ", all)}");
    }

    /// <summary>No key twice (in the comparer's sense), none in upper case, none with spaces at an end or two in a row.</summary>
    public static void KeysUniqueAndLowerCase(IEnumerable<string> keys, StringComparer comparer)
    {
        var list = keys.ToList();
        None(list.GroupBy(k => k, comparer).Where(g => g.Count() > 1).Select(g => g.Key), "listed twice");
        None(list.Where(k => !string.Equals(k, k.ToLowerInvariant(), StringComparison.Ordinal)), "not in lower case");
        None(list.Where(k => k.Length == 0 || k.Trim().Length != k.Length || k.Contains("  ", StringComparison.Ordinal)), "empty, or spaces at an end or two in a row");
    }

    /// <summary>No entry whose value is its key, which would change nothing.</summary>
    public static void NoKeyIsItsValue(IEnumerable<string[]> entries)
        => None(entries.Where(e => string.Equals(e[0], e[1], StringComparison.OrdinalIgnoreCase)).Select(e => e[0]), "its own value");
}
