using System.Text;
using NSec.Cryptography;

namespace Bot.Discord.Tests;

/// <summary>A fixed Ed25519 key pair for signing test interactions (RFC 8032 §7.1 TEST 1's secret key).</summary>
internal static class TestKeys
{
    public const string PrivateKeyHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static readonly Key s_key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(PrivateKeyHex), KeyBlobFormat.RawPrivateKey);

    /// <summary>The hex signature of timestamp + body, as Discord sends it.</summary>
    public static string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(s_key, Encoding.UTF8.GetBytes(timestamp + body)));

    /// <summary>The current Unix time in seconds, as the timestamp header.</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
