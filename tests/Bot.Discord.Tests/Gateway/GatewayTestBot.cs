using System.Net;
using Bot.Discord.Gateway;
using Bot.Testing.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Gateway;

/// <summary>
/// The whole bot with only the Gateway settings (no public key), its Discord API and Gateway on a
/// <see cref="FakeDiscordGateway"/>, a clock the test moves and jitter fixed at one half.
/// </summary>
internal sealed class GatewayTestBot : IAsyncDisposable
{
    /// <summary>The fixed jitter: the first heartbeat comes at half the interval, op 9's wait is 3 s.</summary>
    public const double Jitter = 0.5;

    private GatewayTestBot(FakeDiscordGateway discord, DiscordBotFactory bot)
    {
        Discord = discord;
        Bot = bot;
    }

    public FakeDiscordGateway Discord { get; }

    public DiscordBotFactory Bot { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 2, 4, 12, 0, 0, TimeSpan.Zero));

    public LogCapture Logs { get; } = new();

    /// <summary>Starts the bot against a new fake Discord, or against <paramref name="discord"/>, with extra settings.</summary>
    public static async Task<GatewayTestBot> StartAsync(
        FakeDiscordGateway? discord = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        discord ??= await FakeDiscordGateway.StartAsync();
        var bot = new DiscordBotFactory { FakeApiInProcess = false };
        var test = new GatewayTestBot(discord, bot);
        bot.Settings["Discord:PublicKey"] = null;
        bot.Settings["Discord:Gateway"] = "true";
        bot.Settings["Discord:ApiBaseUrl"] = discord.ApiBaseUrl;
        foreach (var (key, value) in settings ?? [])
        {
            bot.Settings[key] = value;
        }

        bot.ConfigureServices = s =>
        {
            s.AddSingleton<TimeProvider>(test.Time);
            s.AddSingleton(new GatewayJitter(new FixedRandom(Jitter)));
            s.AddSingleton<ILoggerProvider>(test.Logs);
            services?.Invoke(s);
        };
        await bot.ReadyAsync();
        return test;
    }

    /// <summary>Takes the bot's first connection through Hello, IDENTIFY and READY; returns it and the IDENTIFY.</summary>
    public async Task<(FakeGatewaySocket Socket, System.Text.Json.JsonElement Identify)> ConnectAsync(int heartbeatIntervalMs = 45000)
    {
        var socket = await Discord.NextConnectionAsync();
        await socket.HelloAsync(heartbeatIntervalMs);
        var identify = await socket.ExpectAsync(2);
        await socket.ReadyAsync(Discord.ResumeUrl);
        await WaitUntilReadyAsync();
        return (socket, identify);
    }

    /// <summary>Waits until /readyz says 200: the bot has read READY (or RESUMED) and the index is loaded.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = Bot.CreateClient();
        Assert.True(await Readiness.WaitForReadyAsync(client) == HttpStatusCode.OK, "The bot did not become ready within 10 s.");
    }

    /// <summary>Moves the clock a second at a time until <paramref name="done"/> holds (timers may be set a moment late).</summary>
    public async Task AdvanceUntilAsync(Func<bool> done, int maxSeconds = 120)
    {
        for (var i = 0; i < maxSeconds && !done(); i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.True(done(), $"Not done after {maxSeconds} s of fake time.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Discord.DisposeAsync();
    }

    /// <summary>Stops the bot as a shutdown would, leaving the fake Discord running.</summary>
    public async Task StopBotAsync() => await Bot.DisposeAsync();
}
