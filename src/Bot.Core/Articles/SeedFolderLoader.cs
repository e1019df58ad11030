using System.Text;
using System.Text.Json;

namespace Bot.Core.Articles;

/// <summary>
/// Loads every <c>*.txt</c> in a seeds folder as an article, with an optional <c>&lt;name&gt;.json</c> sidecar.
/// A file that cannot be read is reported with its name and line; the others still load.
/// </summary>
public static class SeedFolderLoader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The result of loading a folder: the library and the problems found.</summary>
    public sealed record Result(ArticleLibrary Library, IReadOnlyList<ArticleLoadError> Errors);

    /// <summary>Loads a folder. Throws <see cref="SeedsUnavailableException"/> when it is missing or holds no article.</summary>
    public static Result Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedsUnavailableException($"The seeds folder '{Path.GetFullPath(folder)}' does not exist. Set Articles:Path or pass --seeds DIR.");
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var articles = new List<Article>();
        var errors = new List<ArticleLoadError>();
        foreach (var file in files)
        {
            try
            {
                var text = ReadText(file, errors);
                if (text is null)
                {
                    continue;
                }

                var id = Path.GetFileNameWithoutExtension(file);
                var sidecar = ReadSidecar(Path.ChangeExtension(file, ".json"), errors);
                var article = ArticleParser.Parse(id, text, sidecar);
                if (article.Paragraphs.Count == 0)
                {
                    errors.Add(new ArticleLoadError(file, null, "the file has no paragraphs"));
                    continue;
                }

                articles.Add(article);
            }
            catch (IOException e)
            {
                errors.Add(new ArticleLoadError(file, null, e.Message));
            }
            catch (UnauthorizedAccessException e)
            {
                errors.Add(new ArticleLoadError(file, null, e.Message));
            }
        }

        if (articles.Count == 0)
        {
            var why = files.Count == 0 ? "holds no *.txt article" : "has no readable article";
            throw new SeedsUnavailableException($"The seeds folder '{Path.GetFullPath(folder)}' {why}.", errors);
        }

        return new Result(new ArticleLibrary(articles), errors);
    }

    /// <summary>Reads a file as strict UTF-8, reporting the line of the first bad byte.</summary>
    private static string? ReadText(string file, List<ArticleLoadError> errors)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            errors.Add(new ArticleLoadError(file, line, "not valid UTF-8 text"));
            return null;
        }
    }

    private static ArticleMetadata? ReadSidecar(string path, List<ArticleLoadError> errors)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            string? Get(string name) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateOnly? published = DateOnly.TryParse(Get("published"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d
                : DateTimeOffset.TryParse(Get("published"), System.Globalization.CultureInfo.InvariantCulture, out var dt) ? DateOnly.FromDateTime(dt.UtcDateTime) : null;
            return new ArticleMetadata(Get("title"), Get("url"), published, Get("outlet"), Get("byline"));
        }
        catch (JsonException e)
        {
            errors.Add(new ArticleLoadError(path, (int?)(e.LineNumber + 1), "sidecar is not valid JSON: " + e.Message));
            return null;
        }
    }
}
