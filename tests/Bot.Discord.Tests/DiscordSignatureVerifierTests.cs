using System.Numerics;
using System.Text;
using Bot.Discord.Security;

namespace Bot.Discord.Tests;

public sealed class DiscordSignatureVerifierTests
{
    /// <summary>The group order L of edwards25519 (RFC 8032 §5.1).</summary>
    private static readonly BigInteger s_order = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    // RFC 8032 section 7.1, TEST 1, TEST 2 and TEST 3: public key, message, signature.
    [Theory]
    [InlineData(
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
    [InlineData(
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    [InlineData(
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")]
    public void VerifyRaw_Rfc8032Vector_Accepts(string publicKey, string message, string signature)
    {
        // Arrange
        var key = Convert.FromHexString(publicKey);
        var data = Convert.FromHexString(message);
        var sig = Convert.FromHexString(signature);

        // Act
        var valid = DiscordSignatureVerifier.VerifyRaw(key, data, sig);
        var flipped = sig.ToArray();
        flipped[10] ^= 0x01;
        var tampered = DiscordSignatureVerifier.VerifyRaw(key, data, flipped);

        // Assert
        Assert.True(valid);
        Assert.False(tampered);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("timestamp")]
    [InlineData("signature")]
    public void Verify_TamperedPart_Rejects(string part)
    {
        // Arrange
        var verifier = Verifier();
        var timestamp = Timestamp(s_now);
        const string body = """{"type":1}""";
        var signature = TestKeys.Sign(timestamp, body);

        // Act
        var valid = part switch
        {
            "body" => verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes("""{"type":2}""")),
            "timestamp" => verifier.Verify(signature, Timestamp(s_now.AddSeconds(-1)), Encoding.UTF8.GetBytes(body)),
            _ => verifier.Verify((signature[0] == '0' ? "1" : "0") + signature[1..], timestamp, Encoding.UTF8.GetBytes(body)),
        };

        // Assert
        Assert.False(valid);
    }

    [Theory]
    [InlineData(null, "1750000000")]
    [InlineData("", "1750000000")]
    [InlineData("abcd", "1750000000")]
    [InlineData("zz", "1750000000")]
    [InlineData("SIGN", null)]
    [InlineData("SIGN", "")]
    [InlineData("SIGN", "not-a-number")]
    [InlineData("SIGN", "-1750000000")]
    public void Verify_MissingOrMalformedHeader_Rejects(string? signature, string? timestamp)
    {
        // Arrange
        var verifier = Verifier();
        const string body = """{"type":1}""";
        var good = TestKeys.Sign(Timestamp(s_now), body);
        signature = signature switch
        {
            "SIGN" => good,
            "zz" => new string('z', DiscordSignatureVerifier.SignatureHexLength),
            _ => signature,
        };

        // Act
        var valid = verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body));

        // Assert
        Assert.False(valid);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-299, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void Verify_ProperSignature_IsAcceptedOnlyWithinFiveMinutes(int offsetSeconds, bool expected)
    {
        // Arrange: signed properly with the test key, at a time inside or outside the five-minute window.
        var verifier = Verifier();
        var timestamp = Timestamp(s_now.AddSeconds(offsetSeconds));
        const string body = """{"type":1}""";

        // Act
        var valid = verifier.Verify(TestKeys.Sign(timestamp, body), timestamp, Encoding.UTF8.GetBytes(body));

        // Assert
        Assert.Equal(expected, valid);
    }

    [Fact]
    public void Verify_NonCanonicalSignatureWithSPlusL_Rejects()
    {
        // Arrange: S' = S + L verifies under the lax check [S']B = R + [k]A, but RFC 8032 §5.1.7 requires S < L.
        var verifier = Verifier();
        var timestamp = Timestamp(s_now);
        const string body = """{"type":1}""";
        var signature = Convert.FromHexString(TestKeys.Sign(timestamp, body));
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: false);
        var nonCanonical = signature.ToArray();
        Assert.True((s + s_order).TryWriteBytes(nonCanonical.AsSpan(32), out var written, isUnsigned: true, isBigEndian: false));
        Assert.True(written <= 32);

        // Act
        var canonical = verifier.Verify(Convert.ToHexStringLower(signature), timestamp, Encoding.UTF8.GetBytes(body));
        var valid = verifier.Verify(Convert.ToHexStringLower(nonCanonical), timestamp, Encoding.UTF8.GetBytes(body));

        // Assert
        Assert.True(canonical);
        Assert.False(valid);
    }

    [Fact]
    public void Constructor_KeyOfWrongLength_Throws()
    {
        // Act and Assert
        Assert.ThrowsAny<FormatException>(() => new DiscordSignatureVerifier("abcd", TimeProvider.System, TimeSpan.FromMinutes(5)));
    }

    private static DiscordSignatureVerifier Verifier() =>
        new(TestKeys.PublicKeyHex, new FixedTime(s_now), TimeSpan.FromMinutes(5));

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
