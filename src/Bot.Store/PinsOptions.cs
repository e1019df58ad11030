using System.ComponentModel.DataAnnotations;

namespace Bot.Store;

/// <summary>Where the pinboard's SQLite file lives (configuration section "Pins").</summary>
public sealed class PinsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Pins";

    /// <summary>The database file, relative to the working directory unless rooted; its folder is created on first use.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/pins.db";
}
