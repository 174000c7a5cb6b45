using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Corpus;

/// <summary>Configuration section "Corpus": where the reports are and where the index cache goes.</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>A folder (read recursively) or one report file.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "corpus";

    /// <summary>Folder for the on-disk index cache; empty disables the cache.</summary>
    public string CachePath { get; set; } = ".cache/index";

    /// <summary>Country used when a question names none and none is given explicitly; empty = all reports.</summary>
    public string DefaultCountry { get; set; } = string.Empty;
}
