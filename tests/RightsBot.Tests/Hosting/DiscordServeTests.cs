using RightsBot.TestSupport;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NSec.Cryptography;
using RightsBot.Hosting;

namespace RightsBot.Tests.Hosting;

// serve wires the Discord adapter: POST /discord/interactions answers a signed PING, and stays unmapped when disabled.
[Collection("cli")]
public class DiscordServeTests
{
    [Fact]
    public async Task Serve_DiscordEnabled_AnswersSignedPingAndRejectsUnsigned()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(
            port,
            ("Discord:Enabled", "true"),
            ("Discord:ApplicationId", "123456789012345678"),
            ("Discord:PublicKey", Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)))));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var body = Encoding.UTF8.GetBytes("""{"id":"1","application_id":"123456789012345678","type":1,"token":"t","version":1}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray());

        using var signed = await PostAsync(http, body, timestamp, Convert.ToHexString(signature));
        using var unsigned = await PostAsync(http, body, timestamp, null);

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("""{"type":1}""", await signed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_DiscordDisabled_LeavesEndpointUnmapped()
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(port, ("Discord:Enabled", "false")));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var response = await PostAsync(http, Encoding.UTF8.GetBytes("{}"), "0", "00");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync();
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient http, byte[] body, string timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/discord/interactions", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await http.SendAsync(request);
    }

}
