using System.Net;
using System.Net.Sockets;

namespace RightsBot.TestSupport;

/// <summary>A free TCP port on 127.0.0.1, for a server a test starts on a known address.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
