namespace Bot.Core.Pins;

/// <summary>The formats <see cref="PinExport"/> writes.</summary>
public enum PinExportFormat
{
    /// <summary>A JSON array of objects, one per record.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}
