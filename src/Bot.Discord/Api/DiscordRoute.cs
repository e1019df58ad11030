using System.Text;

namespace Bot.Discord.Api;

/// <summary>A REST route the client calls: method and template as Discord's docs write it ("channels/{channel.id}/…").</summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template)
{
    /// <summary>The request option naming a request's route, so logs show the template and never a token in the path.</summary>
    public static readonly HttpRequestOptionsKey<DiscordRoute> OptionKey = new("Discord.Route");

    /// <summary>A request to this route with the values filled in, tagged with the route (<see cref="OptionKey"/>).</summary>
    public HttpRequestMessage CreateRequest(params string[] values)
    {
        var request = new HttpRequestMessage(Method, Expand(values));
        request.Options.Set(OptionKey, this);
        return request;
    }

    /// <summary>What to log for a request: "PATCH webhooks/{application.id}/{interaction.token}/…", never the values.</summary>
    public static string Describe(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(OptionKey, out var route) ? $"{route.Method} {route.Template}" : $"{request.Method} (unnamed route)";
    }

    /// <summary>The relative URI with each {placeholder} replaced, in order, by an escaped value.</summary>
    public string Expand(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        var next = 0;
        for (var i = 0; i < Template.Length; i++)
        {
            if (Template[i] != '{')
            {
                builder.Append(Template[i]);
                continue;
            }

            var end = Template.IndexOf('}', i);
            if (next >= values.Length)
            {
                throw new ArgumentException($"Route {Template} needs more values.", nameof(values));
            }

            // "." and ".." survive escaping and would be resolved away ("channels/../messages" is "messages"); the
            // ids are checked where they enter, and this keeps any other caller from building such a route.
            var value = values[next++];
            if (value.Length == 0 || value.Trim('.').Length == 0)
            {
                throw new ArgumentException($"Route {Template} cannot take the value '{value}'.", nameof(values));
            }

            builder.Append(Uri.EscapeDataString(value));
            i = end;
        }

        return next == values.Length ? builder.ToString() : throw new ArgumentException($"Route {Template} takes {next} values.", nameof(values));
    }
}
