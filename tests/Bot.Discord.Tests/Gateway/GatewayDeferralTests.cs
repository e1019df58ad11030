using Bot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests.Gateway;

/// <summary>An interaction over the Gateway whose answer takes longer than Discord allows is deferred, then completed.</summary>
public sealed class GatewayDeferralTests
{
    [Fact]
    public async Task An_ask_answered_too_slowly_is_deferred_within_the_deadline_then_completed_by_an_edit()
    {
        // Arrange: answers wait for the test.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var test = await GatewayTestBot.StartAsync(services: services =>
        {
            var answers = services.Last(d => d.ServiceType == typeof(IAnswerService));
            services.AddSingleton<IAnswerService>(sp => new HeldAnswers((IAnswerService)answers.ImplementationFactory!(sp), release.Task));
        });
        var (socket, _) = await test.ConnectAsync();
        var ask = Interactions.Ask(DiscordBotSteps.PressSecretaryQuestion);
        var token = Interactions.TokenOf(ask);

        // Act
        await socket.DispatchAsync("INTERACTION_CREATE", 2, ask);
        await test.AdvanceUntilAsync(() => test.Discord.To($"/{token}/callback").Count > 0);
        var deferral = FakeDiscordGateway.Body(test.Discord.To($"/{token}/callback")[0]);
        release.SetResult();
        var edit = FakeDiscordGateway.Body(await test.Discord.WaitForAsync($"/{token}/messages/@original"));

        // Assert
        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.StartsWith("Karoline Leavitt", edit.GetProperty("embeds")[0].GetProperty("author").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Single(test.Discord.To($"/{token}/callback"));
    }
}
