using System.Text;
using NSec.Cryptography;
using RightsBot.Discord.Tests.TestSupport;
using RightsBot.Discord.Verification;

namespace RightsBot.Discord.Tests.Verification;

public sealed class DiscordSignatureVerifierTests
{
    // RFC 8032 section 7.1, tests 1-3: public key, message, signature (hex).
    public static TheoryData<string, string, string> Rfc8032Vectors => new()
    {
        {
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            string.Empty,
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_Rfc8032Vector_Accepts(string publicKey, string message, string signature)
    {
        var verifier = new DiscordSignatureVerifier(publicKey);

        Assert.True(verifier.Verify(Convert.FromHexString(message), signature));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_Rfc8032VectorWithFlippedSignatureBit_Rejects(string publicKey, string message, string signature)
    {
        var verifier = new DiscordSignatureVerifier(publicKey);
        var bytes = Convert.FromHexString(signature);
        bytes[10] ^= 0x01;

        Assert.False(verifier.Verify(Convert.FromHexString(message), Convert.ToHexString(bytes)));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_Rfc8032VectorWithOtherMessage_Rejects(string publicKey, string message, string signature)
    {
        var verifier = new DiscordSignatureVerifier(publicKey);

        Assert.False(verifier.Verify(Convert.FromHexString(message + "00"), signature));
    }

    [Fact]
    public void Verify_Rfc8032Test1SecretKey_SignsToPublishedSignature()
    {
        // The same vector through NSec's signing side proves the hex and key formats line up end to end.
        using var key = Key.Import(
            SignatureAlgorithm.Ed25519,
            Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
            KeyBlobFormat.RawPrivateKey);

        var signature = SignatureAlgorithm.Ed25519.Sign(key, []);

        Assert.Equal(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            Convert.ToHexStringLower(signature));
    }

    [Fact]
    public void Verify_TimestampAndBodySignedByTestKey_Accepts()
    {
        using var keys = TestKeyPair.Create();
        var verifier = new DiscordSignatureVerifier(keys.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        Assert.True(verifier.Verify("1700000000", body, keys.Sign("1700000000", body)));
    }

    [Fact]
    public void Verify_SignatureForOtherTimestamp_Rejects()
    {
        using var keys = TestKeyPair.Create();
        var verifier = new DiscordSignatureVerifier(keys.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        Assert.False(verifier.Verify("1700000001", body, keys.Sign("1700000000", body)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("abcd")]
    [InlineData("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100bff")]
    [InlineData("g5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    public void Verify_MalformedSignature_Rejects(string? signature)
    {
        var verifier = new DiscordSignatureVerifier("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

        Assert.False(verifier.Verify([], signature));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d75a98")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex!")]
    public void Constructor_InvalidPublicKey_ThrowsConfigurationException(string publicKey)
    {
        var ex = Assert.Throws<DiscordConfigurationException>(() => new DiscordSignatureVerifier(publicKey));

        Assert.Contains("Discord:PublicKey", ex.Message, StringComparison.Ordinal);
    }
}
