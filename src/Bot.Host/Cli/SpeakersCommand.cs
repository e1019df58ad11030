namespace Bot.Host.Cli;

/// <summary>`speakers`: the people quoted, with their roles and quote counts.</summary>
internal static class SpeakersCommand
{
    public static int Run(CliContext context)
    {
        var library = Core.Articles.SeedFolderLoader.Load(context.SeedsFolder).Library;
        foreach (var person in library.People)
        {
            var role = person.Speaker.Role is { } r ? $" — {r}" : "";
            context.Output.WriteLine($"{person.Speaker.Name}{role} ({person.Quotes.Count} quote{(person.Quotes.Count == 1 ? "" : "s")}: ¶{string.Join(", ¶", person.Quotes.Select(q => q.Number))})");
        }

        return 0;
    }
}
