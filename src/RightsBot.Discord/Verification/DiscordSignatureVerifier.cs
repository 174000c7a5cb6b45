using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace RightsBot.Discord.Verification;

/// <summary>
/// Checks Discord's Ed25519 request signature: the signature in <c>X-Signature-Ed25519</c> over the
/// <c>X-Signature-Timestamp</c> value followed by the raw body bytes, with the application's public key.
/// </summary>
internal sealed class DiscordSignatureVerifier
{
    private const int PublicKeySize = 32;
    private const int SignatureSize = 64;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _publicKey;

    public DiscordSignatureVerifier(string publicKeyHex)
    {
        if (!IsValidPublicKeyHex(publicKeyHex)
            || !PublicKey.TryImport(Algorithm, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey, out var publicKey)
            || publicKey is null)
        {
            throw new DiscordConfigurationException(
                "Discord:PublicKey is not a valid Ed25519 public key; copy the 64 hex characters from the Developer Portal (General Information).");
        }

        _publicKey = publicKey;
    }

    /// <summary>True when the value has the shape of a raw Ed25519 public key in hex.</summary>
    public static bool IsValidPublicKeyHex(string? value)
        => value is { Length: PublicKeySize * 2 } && value.All(char.IsAsciiHexDigit);

    /// <summary>Verifies a signature given as hex over an arbitrary message (RFC 8032 PureEdDSA).</summary>
    public bool Verify(ReadOnlySpan<byte> message, string? signatureHex)
    {
        Span<byte> signature = stackalloc byte[SignatureSize];
        return TryDecodeSignature(signatureHex, signature) && Algorithm.Verify(_publicKey, message, signature);
    }

    /// <summary>Verifies Discord's signature over timestamp + body without copying more than once.</summary>
    public bool Verify(string timestamp, ReadOnlySpan<byte> body, string? signatureHex)
    {
        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var length = timestampLength + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var message = rented.AsSpan(0, length);
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message[timestampLength..]);
            return Verify(message, signatureHex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool TryDecodeSignature(string? signatureHex, Span<byte> destination)
        => signatureHex is { Length: SignatureSize * 2 }
            && Convert.FromHexString(signatureHex, destination, out _, out var written) == OperationStatus.Done
            && written == SignatureSize;
}
