namespace Bot.Store;

/// <summary>The versioned schema scripts embedded in this assembly, one set per database ("001-….sql" onwards).</summary>
internal static class SchemaScripts
{
    /// <summary>The resource names under <paramref name="prefix"/>, in version order.</summary>
    public static string[] Named(string prefix) =>
        typeof(SchemaScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>A script's text.</summary>
    public static string Read(string resource)
    {
        using var stream = typeof(SchemaScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema script '{resource}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
