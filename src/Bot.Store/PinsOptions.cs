using System.ComponentModel.DataAnnotations;

namespace Bot.Store;

/// <summary>Where the pinboard's SQLite file lives (configuration section "Pins").</summary>
public sealed class PinsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Pins";

    /// <summary>The database file; its folder is created on first use. The host resolves a relative path beside the seeds folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Pins:Path must name the pinboard's database file.")]
    public string Path { get; set; } = "data/pins.db";
}
