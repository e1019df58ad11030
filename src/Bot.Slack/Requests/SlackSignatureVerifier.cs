using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Requests;

/// <summary>
/// Checks <c>X-Slack-Signature</c>: <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with the
/// signing secret as UTF-8, compared in constant time, with the timestamp at most 5 minutes from now either way.
/// https://docs.slack.dev/authentication/verifying-requests-from-slack
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>How far the timestamp may be from now, in seconds: the doc's <c>abs(now - ts) &gt; 60 * 5</c> rejects.</summary>
    public const long WindowSeconds = 5 * 60;

    private const string Version = "v0";
    private const int SignatureLength = 3 + 64;

    /// <summary>True when the headers sign the body with our secret, and the timestamp is inside the window.</summary>
    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || signature.Length != SignatureLength
            || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > WindowSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(options.Value.SigningSecret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>The signature Slack would send for a body: for tests and tools.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }
}
