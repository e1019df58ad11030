using Bot.Core.Answering;
using Bot.Discord.Dtos;

namespace Bot.Discord.Interactions;

/// <summary>Discord interaction → platform-neutral <see cref="Question"/>.</summary>
internal static class DiscordQuestionMapper
{
    /// <summary>The platform name on questions and metrics.</summary>
    public const string Platform = "discord";

    /// <summary>/ask question:&lt;text&gt;; null when the option is missing.</summary>
    public static Question? FromAsk(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var text = Option(interaction, "question");
        return text is null ? null : new Question(text, Platform, interaction.Actor?.Id, interaction.ChannelId);
    }

    /// <summary>"Find in article": the target message's text is the question; null when it has none.</summary>
    public static Question? FromMessageCommand(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var data = interaction.Data;
        var target = data?.TargetId is { } id && data.Resolved?.Messages is { } messages ? messages.GetValueOrDefault(id) : null;
        var text = target?.Content;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A long message is cut to the longest question the core answers, rather than refused.
        text = text.Trim();
        return new Question(text.Length > Question.MaxLength ? text[..Question.MaxLength] : text, Platform, interaction.Actor?.Id, interaction.ChannelId);
    }

    /// <summary>A top-level option's value as text, or null.</summary>
    public static string? Option(DiscordInteraction interaction, string name)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Data?.Options?.FirstOrDefault(o => o.Name == name)?.Text;
    }
}
