using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Engine;

/// <summary>Where the articles and their index live.</summary>
internal sealed class ArticlesOptions
{
    public const string Section = "Articles";

    /// <summary>The seeds folder: every *.txt in it is an article.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Articles:Path must name the seeds folder.")]
    public string Path { get; set; } = "seeds";

    /// <summary>The index folder, rebuilt from the seeds whenever they change.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Articles:IndexPath must name the index folder.")]
    public string IndexPath { get; set; } = "index";
}
