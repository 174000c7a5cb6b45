using System.ComponentModel.DataAnnotations;

namespace RightsBot.Summarization;

/// <summary>Configuration section "Summarization": the optional OpenAI-compatible chat endpoint that writes summaries.</summary>
public sealed class SummarizationOptions : IValidatableObject
{
    public const string SectionName = "Summarization";

    /// <summary>Off by default: with it off, no question or passage leaves the process.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Base URL of an OpenAI-compatible API, up to and including its version segment, e.g. https://api.openai.com/v1,
    /// http://127.0.0.1:11434/v1 (Ollama) or https://RESOURCE.openai.azure.com/openai/v1 (Azure OpenAI).
    /// </summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The model (Azure OpenAI: the deployment name).</summary>
    public string ModelId { get; set; } = string.Empty;

    /// <summary>Secret: from the environment (Summarization__ApiKey) only; never logged. Empty for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one call may take before the extractive answer is used instead.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How many of the top passages go to the model.</summary>
    [Range(1, 20)]
    public int MaxPassages { get; set; } = 5;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Summarization:Endpoint must be an absolute http(s) URL such as https://api.openai.com/v1 when Summarization:Enabled is true.",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(ModelId))
        {
            yield return new ValidationResult(
                "Summarization:ModelId must name the model (Azure OpenAI: the deployment) when Summarization:Enabled is true.",
                [nameof(ModelId)]);
        }
    }

    /// <summary>Never shows the key, so the options can be logged or printed safely.</summary>
    public override string ToString()
        => $"Enabled={Enabled}, Endpoint={Endpoint}, ModelId={ModelId}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, TimeoutSeconds={TimeoutSeconds}, MaxPassages={MaxPassages}";
}
