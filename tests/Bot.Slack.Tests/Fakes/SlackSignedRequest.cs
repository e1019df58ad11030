using System.Globalization;
using System.Text;
using Bot.Slack.Requests;

namespace Bot.Slack.Tests.Fakes;

/// <summary>Builds requests as Slack sends them: signed with a test secret at a given time.</summary>
public static class SlackSignedRequest
{
    public const string Secret = "test-signing-secret-0123456789ab";

    public static HttpRequestMessage Create(string path, string body, string contentType, DateTimeOffset at, string secret = Secret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Form(string path, IEnumerable<KeyValuePair<string, string>> fields, DateTimeOffset at) =>
        Create(path, FormBody(fields), "application/x-www-form-urlencoded", at);

    public static HttpRequestMessage Json(string path, string json, DateTimeOffset at) =>
        Create(path, json, "application/json", at);

    public static string FormBody(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
}
