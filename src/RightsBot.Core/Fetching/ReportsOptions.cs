using System.ComponentModel.DataAnnotations;

namespace RightsBot.Core.Fetching;

/// <summary>Configuration section "Reports": where report pages are fetched from, and how politely.</summary>
public sealed class ReportsOptions : IValidatableObject
{
    public const string SectionName = "Reports";

    /// <summary>Names RightsBot and where it comes from, so that the site can tell who asks (no public address of the repository is known yet).</summary>
    public const string DefaultUserAgent = "RightsBot/1.0 (reader of the Country Reports on Human Rights Practices; RightsBot repository)";

    /// <summary>Scheme and host (and, for a mirror, an optional path prefix) the report pages are fetched from.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SourceUrl { get; set; } = "https://www.state.gov";

    /// <summary>Requests in flight at once: one by default, to be polite to the site.</summary>
    [Range(1, 16)]
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Pause before each request after the first ones, in milliseconds.</summary>
    [Range(0, 600_000)]
    public int DelayMilliseconds { get; set; } = 500;

    /// <summary>Hours between background refreshes by <c>serve</c>; 0 = never.</summary>
    [Range(0, 8_760)]
    public int RefreshHours { get; set; }

    /// <summary>The User-Agent header of every request; an operator may add a contact.</summary>
    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>The source as a base address, or null when <see cref="SourceUrl"/> is not an absolute http(s) URL.</summary>
    public static Uri? ParseSource(string? sourceUrl)
        => Uri.TryCreate(sourceUrl?.Trim(), UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
           && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ParseSource(SourceUrl) is null)
        {
            yield return new ValidationResult($"{SectionName}:SourceUrl must be an absolute http or https URL such as https://www.state.gov", [nameof(SourceUrl)]);
        }
    }
}
