using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Rest;

/// <summary>
/// The few Discord REST calls the bot makes, over a typed <see cref="HttpClient"/> whose pipeline waits out rate
/// limits and retries 429 and 5xx (the adapters' shared ChatApiResilience). Tokens go only into request paths and headers, never into messages or logs.
/// </summary>
internal sealed class DiscordRestClient(HttpClient httpClient)
{
    /// <summary>Edits the original (deferred) response of an interaction: <c>PATCH /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public async Task EditOriginalResponseAsync(string applicationId, string interactionToken, DiscordMessage message, CancellationToken cancellationToken = default)
    {
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"webhooks/{Uri.EscapeDataString(applicationId)}/{Uri.EscapeDataString(interactionToken)}/messages/@original");

        // Ephemerality is fixed by the deferred response; an edit may not set that flag.
        var body = message with { Flags = null };
        using var request = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = JsonContent.Create(body, options: DiscordJson.Options),
        };
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response, "editing the deferred response");
    }

    /// <summary>Replaces the application's global commands: <c>PUT /applications/{id}/commands</c> (idempotent).</summary>
    public async Task<IReadOnlyList<DiscordApplicationCommand>> OverwriteGlobalCommandsAsync(
        string applicationId,
        string botToken,
        IReadOnlyList<DiscordApplicationCommand> commands,
        CancellationToken cancellationToken = default)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"applications/{Uri.EscapeDataString(applicationId)}/commands");
        using var request = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(commands, options: DiscordJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", botToken);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(response, "registering commands");
        var registered = await response.Content
            .ReadFromJsonAsync<List<DiscordApplicationCommand>>(DiscordJson.Options, cancellationToken)
            .ConfigureAwait(false);
        return registered ?? [];
    }

    private static void EnsureSuccess(HttpResponseMessage response, string operation)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new DiscordApiException(
                string.Create(CultureInfo.InvariantCulture, $"Discord answered {(int)response.StatusCode} {response.ReasonPhrase} when {operation}."),
                response.StatusCode);
        }
    }
}
