using RightsBot.Adapters.Http;

namespace RightsBot.Adapters.Tests.Http;

public sealed class ChatApiMetricsTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(599, true)]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(408, false)]
    [InlineData(600, false)]
    public void IsCounted_Status_Only429And5xx(int status, bool counted) => Assert.Equal(counted, ChatApiMetrics.IsCounted(status));
}
