using System.Text.RegularExpressions;

namespace Bot.Discord.Tests;

/// <summary>Runs alone: the meters are static, so a question asked by a test running alongside would be counted too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiscordMetricsCollection
{
    public const string Name = "Discord metrics";
}

[Collection(DiscordMetricsCollection.Name)]
public sealed class DiscordMetricsTests
{
    [Fact]
    public async Task One_ask_counts_one_discord_question_on_metrics()
    {
        // Arrange
        using var bot = await new DiscordBotFactory().ReadyAsync();

        // Act
        await bot.AskAsync(DiscordBotSteps.PressSecretaryQuestion);
        var metrics = await bot.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative));

        // Assert
        var counts = Regex.Matches(metrics, @"(?m)^bot_questions_total\{[^}]*platform=""discord""[^}]*\} (?<n>\d+)").Select(m => m.Groups["n"].Value).ToList();
        Assert.Equal(["1"], counts);
    }
}
