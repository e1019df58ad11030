using System.Text.Json;
using Bot.Core.Answering;
using Bot.Discord.Api;
using Bot.Discord.Dtos;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

/// <summary>
/// The bot's application commands and their bulk overwrite, globally or in one guild (guild commands update at once:
/// https://docs.discord.com/developers/interactions/application-commands#registering-a-command).
/// </summary>
public sealed class DiscordCommandRegistrar(DiscordApiClient client, IOptions<DiscordOptions> options)
{
    private const int GuildContext = 0;
    private const int GuildInstall = 0;

    /// <summary>/ask, /quotes, /pinned and the "Find in article" message command, as registered.</summary>
    internal static IReadOnlyList<DiscordApplicationCommand> Commands { get; } =
    [
        new(DiscordInteractionRouter.AskCommand, DiscordCommandType.ChatInput, "Ask a question about the articles; the answer cites a quote",
            [new(DiscordCommandType.StringOption, "question", "Your question", Required: true, MaxLength: Question.MaxLength)],
            [GuildContext], [GuildInstall]),
        new(DiscordInteractionRouter.QuotesCommand, DiscordCommandType.ChatInput, "Everything a person is quoted as saying",
            [new(DiscordCommandType.StringOption, "person", "Someone quoted in the articles", Required: true, Autocomplete: true)],
            [GuildContext], [GuildInstall]),
        new(DiscordInteractionRouter.PinnedCommand, DiscordCommandType.ChatInput, "The cited answers moderators pinned in this channel",
            null, [GuildContext], [GuildInstall]),
        new(DiscordInteractionRouter.FindInArticleCommand, DiscordCommandType.Message, null, null, [GuildContext], [GuildInstall]),
    ];

    /// <summary>The command list as the JSON sent to Discord.</summary>
    public static string CommandsJson => JsonSerializer.Serialize(Commands, DiscordJson.Options);

    /// <summary>Overwrites the commands; returns the names Discord registered.</summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(string? guildId, CancellationToken ct)
    {
        var registered = await client.BulkOverwriteCommandsAsync(options.Value.ApplicationId, guildId, Commands, ct);
        return registered.ValueKind == JsonValueKind.Array
            ? registered.EnumerateArray().Select(c => c.TryGetProperty("name", out var n) ? n.GetString() ?? "?" : "?").ToList()
            : [];
    }

    /// <summary>
    /// The CLI verb `discord register-commands [--guild ID]`: reads the Discord section, registers, prints what was
    /// registered. Returns the process exit code.
    /// </summary>
    public static async Task<int> RunAsync(IConfiguration configuration, string? guildId, TextWriter output, TextWriter error, CancellationToken ct, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddDiscordApiClient();
        services.AddTransient<DiscordCommandRegistrar>();
        configure?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var names = await provider.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(guildId, ct);
            await output.WriteLineAsync($"Registered {names.Count} command(s) {(guildId is null ? "globally" : $"in guild {guildId}")}:");
            foreach (var name in names)
            {
                await output.WriteLineAsync($"  {name}");
            }

            return 0;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"discord: {string.Join(" ", e.Failures)}");
            return 2;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"discord: {e.Message}");
            return 1;
        }
    }
}
