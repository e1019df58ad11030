using System.Globalization;

namespace Bot.Core.Pins;

/// <summary>
/// The one text form of a pin's times, in storage and exports: ISO 8601 in UTC with seven fraction digits and a "Z"
/// ("2025-02-04T10:00:00.0000000Z"). Fixed width, so text order is time order, and exact to the tick.
/// </summary>
public static class PinTimestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Writes a time in UTC.</summary>
    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a time written by <see cref="ToText"/>, with a zero offset.</summary>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
