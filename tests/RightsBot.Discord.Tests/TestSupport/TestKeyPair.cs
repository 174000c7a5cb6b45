using System.Text;
using NSec.Cryptography;

namespace RightsBot.Discord.Tests.TestSupport;

/// <summary>An Ed25519 key pair made for one test, signing requests the way Discord does.</summary>
internal sealed class TestKeyPair : IDisposable
{
    private readonly Key _key;

    private TestKeyPair(Key key) => _key = key;

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static TestKeyPair Create() => new(Key.Create(SignatureAlgorithm.Ed25519));

    /// <summary>Hex signature over timestamp + body, as Discord sends in X-Signature-Ed25519.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    public void Dispose() => _key.Dispose();
}
