using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Core.Pins;

/// <summary>Writes pins for people and spreadsheets: JSON, CSV, or one readable line each.</summary>
public static class PinExport
{
    private static readonly char[] s_csvSpecials = [',', '"', '\r', '\n'];
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes every pin in a format, streaming as the pins arrive.</summary>
    public static Task WriteAsync(IAsyncEnumerable<BoardPin> pins, PinExportFormat format, TextWriter output, CancellationToken ct) =>
        format switch
        {
            PinExportFormat.Json => WriteJsonAsync(pins, output, ct),
            PinExportFormat.Csv => WriteCsvAsync(pins, output, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };

    /// <summary>A JSON array of objects whose fields are the columns of the CSV.</summary>
    public static async Task WriteJsonAsync(IAsyncEnumerable<BoardPin> pins, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pins);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        // Quotes are full of '"' and accented names: the default encoder would write them as \u0022 and \u00E1.
        // The relaxed one is safe here because the export goes to a file or a terminal, never into HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await output.WriteAsync("[");
        var first = true;
        await foreach (var pin in pins.WithCancellation(ct))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                WriteObject(json, pin);
            }

            await output.WriteAsync(first ? "\n" : ",\n");
            await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            first = false;
        }

        await output.WriteAsync(first ? "]\n" : "\n]\n");
    }

    /// <summary>RFC 4180 CSV: a header row, CRLF line ends, fields with commas, quotes or line breaks quoted.</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<BoardPin> pins, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pins);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(string.Join(',', PinExportColumns.All.Select(c => c.Name)) + "\r\n");
        await foreach (var pin in pins.WithCancellation(ct))
        {
            var fields = PinExportColumns.All.Select(c => CsvField(c.Value(pin)));
            await output.WriteAsync(string.Join(',', fields) + "\r\n");
        }
    }

    /// <summary>"[stale] #12 discord #general · Ana (a1) · 2025-02-04T10:00:00Z · Ana Muñoz: “…” · article ¶3".</summary>
    public static string FormatLine(BoardPin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var p = pin.Pin.Pin;
        // As the answer read: "according to X" and no quote marks for a paraphrase; an unnamed speaker as described.
        var credited = p.Speaker?.Name ?? pin.UnnamedSpeaker;
        var who = credited is null ? "" : (pin.IsParaphrase ? "according to " : "") + credited + ": ";
        var quote = pin.IsParaphrase ? OneLine(p.Quote) : $"\u201C{OneLine(p.Quote)}\u201D";
        var mark = pin.IsStale ? "[stale] " : pin.Pin.IsActive ? "" : "[unpinned] ";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{mark}#{pin.Pin.Id} {p.Key.Platform.ToName()} {p.Key.ChannelId} · {p.PinnedBy.DisplayName} ({p.PinnedBy.Id}) · "
            + $"{PinTimestamps.ToText(p.PinnedAt)} · {who}{quote} · {p.ArticleId} ¶{p.Paragraph}");
    }

    /// <summary>Quotes a field when a comma, quote or line break would otherwise split it, doubling its quotes.</summary>
    internal static string CsvField(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // A spreadsheet runs a cell that starts with = + - @ as a formula; questions and names are user text, so a
        // leading apostrophe keeps them text (OWASP "CSV injection"). Numbers are not user text and stay as they are.
        if (value is string && text.Length > 0 && s_formulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny(s_csvSpecials) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteObject(Utf8JsonWriter json, BoardPin pin)
    {
        json.WriteStartObject();
        foreach (var (name, value) in PinExportColumns.All)
        {
            switch (value(pin))
            {
                case null: json.WriteNull(name); break;
                case bool b: json.WriteBoolean(name, b); break;
                case int i: json.WriteNumber(name, i); break;
                case long l: json.WriteNumber(name, l); break;
                case var other: json.WriteString(name, Convert.ToString(other, CultureInfo.InvariantCulture)); break;
            }
        }

        json.WriteEndObject();
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
