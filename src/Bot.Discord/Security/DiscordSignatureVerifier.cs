using System.Globalization;
using NSec.Cryptography;

namespace Bot.Discord.Security;

/// <summary>
/// Checks X-Signature-Ed25519 over X-Signature-Timestamp + the raw body
/// (https://docs.discord.com/developers/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
/// NSec (libsodium) rejects non-canonical signatures (S ≥ L) as RFC 8032 §5.1.7 requires.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    /// <summary>An Ed25519 signature is 64 bytes: 128 hex characters.</summary>
    public const int SignatureHexLength = 128;

    private static readonly SignatureAlgorithm s_ed25519 = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _publicKey;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;

    /// <summary>Creates a verifier for a 64-hex-character public key.</summary>
    /// <exception cref="FormatException">The key is not 32 bytes of hex, or not a valid Ed25519 point.</exception>
    public DiscordSignatureVerifier(string publicKeyHex, TimeProvider time, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(publicKeyHex);
        var bytes = Convert.FromHexString(publicKeyHex);
        if (!PublicKey.TryImport(s_ed25519, bytes, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            throw new FormatException("The Discord public key is not a valid Ed25519 key.");
        }

        _publicKey = key;
        _time = time;
        _maxAge = maxAge;
    }

    /// <summary>True when the signature is a valid Ed25519 signature of a raw message (no timestamp rules).</summary>
    public static bool VerifyRaw(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != s_ed25519.PublicKeySize || signature.Length != s_ed25519.SignatureSize)
        {
            return false;
        }

        return PublicKey.TryImport(s_ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
            && key is not null
            && s_ed25519.Verify(key, message, signature);
    }

    /// <summary>True when both headers are well formed, the timestamp is recent and the signature is valid.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: SignatureHexLength } || string.IsNullOrEmpty(timestamp) || timestamp.Length > 20)
        {
            return false;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > _maxAge)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureHexLength / 2];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != signature.Length)
        {
            return false;
        }

        // The signed message is the timestamp header's bytes, verbatim, then the body's raw bytes.
        var message = new byte[timestamp.Length + body.Length];
        var prefix = System.Text.Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(prefix));
        return s_ed25519.Verify(_publicKey, message.AsSpan(0, prefix + body.Length), signature);
    }
}
