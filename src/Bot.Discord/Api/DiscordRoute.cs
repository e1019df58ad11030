using System.Text;

namespace Bot.Discord.Api;

/// <summary>A REST route the client calls: method and template as Discord's docs write it ("channels/{channel.id}/…").</summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template)
{
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

            builder.Append(Uri.EscapeDataString(values[next++]));
            i = end;
        }

        return next == values.Length ? builder.ToString() : throw new ArgumentException($"Route {Template} takes {next} values.", nameof(values));
    }
}
