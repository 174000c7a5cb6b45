using RightsBot.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using RightsBot.Hosting;

namespace RightsBot.Tests.Hosting;

[Collection("cli")]
public class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_AfterWarmUp_ReportsCounts()
    {
        var port = LoopbackPort.Free();
        await using var app = WebHost.Build([], ServeSettings.OneReport(port));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Health>();
        Assert.Equal(new Health("ok", 1, body!.Passages, "off"), body); // Retrieval:Dense=Off: search by meaning is off
        Assert.True(body.Passages > 10);
        await app.StopAsync();
    }


    private sealed record Health(string Status, int Reports, int Passages, string Meaning);
}
