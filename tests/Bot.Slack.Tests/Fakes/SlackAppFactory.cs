using Bot.Slack.Api;
using Bot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Fakes;

/// <summary>
/// The whole bot in process (real seeds, real Lucene in a temporary index folder, BM25 only, SQLite pins) with Slack configured and its Web
/// API and response_urls answered by <see cref="FakeSlackApi"/>.
/// </summary>
public sealed class SlackAppFactory : WebApplicationFactory<Program>
{
    public const string Moderator = "UMOD";

    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Slack:SigningSecret"] = SlackSignedRequest.Secret,
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ModeratorUserIds:0"] = Moderator,
        ["Slack:AdminsAreModerators"] = "false",
        ["Slack:ApiBaseUrl"] = "https://slack.test/api/",
    };

    /// <summary>A bot with a fake Slack of its own, or one shared with other hosts (several replicas of one app).</summary>
    public SlackAppFactory(FakeSlackApi? slack = null) => Slack = slack ?? new FakeSlackApi();

    public FakeSlackApi Slack { get; }

    /// <summary>Every log entry the host writes.</summary>
    public LogSink Logs { get; } = new();

    private Action<IServiceCollection>? _services;

    /// <summary>Changes services after the bot's own registrations, before the host starts.</summary>
    public SlackAppFactory WithServices(Action<IServiceCollection> change)
    {
        _services += change;
        return this;
    }

    /// <summary>Overrides a setting before the host starts; null removes it.</summary>
    public SlackAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Waits until every acknowledged request has been fully handled in the background; fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilIdleAsync(TimeSpan timeout)
    {
        var queue = Services.GetRequiredService<Bot.Slack.Work.SlackWorkQueue>();
        var deadline = DateTime.UtcNow + timeout;
        while (queue.Pending > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The Slack work did not finish in time.");
            await Task.Delay(20);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Articles:Path", RepoPaths.Seeds);
        builder.UseSetting("Articles:IndexPath", Path.Combine(_data.Path, "index"));
        builder.UseSetting("Search:Semantic", "false");
        builder.UseSetting("Pins:Path", Path.Combine(_data.Path, "pins.db"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => Slack);
            services.AddHttpClient<SlackResponseClient>().ConfigurePrimaryHttpMessageHandler(() => Slack);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
