using System.Text;
using Bot.Core.Articles;
using Bot.Discord.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests;

/// <summary>The whole bot (real seeds, real Lucene in a temp folder) with Discord configured and its API faked.</summary>
public sealed class DiscordBotFactory : WebApplicationFactory<Program>
{
    public const string ApplicationId = "111111111111111111";
    public const string GuildId = "222222222222222222";
    public const string ModeratorRoleId = "777777777777777777";

    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "bot-discord-tests-" + Guid.NewGuid().ToString("N"));

    internal FakeDiscordApi Api { get; } = new();

    /// <summary>Settings to add or override before the host starts (key → value; null removes a default).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal)
    {
        ["Discord:PublicKey"] = TestKeys.PublicKeyHex,
        ["Discord:ApplicationId"] = ApplicationId,
        ["Discord:BotToken"] = "test-bot-token",
        ["Discord:ApiBaseUrl"] = "https://discord.test/api/v10/",
        ["Discord:ModeratorRoleIds:0"] = ModeratorRoleId,

        // BM25 alone keeps these tests fast; the semantic mode has its own tests. Many questions come from one test user.
        ["Search:Semantic"] = "false",
        ["RateLimit:QuestionsPerWindow"] = "10000",
    };

    /// <summary>False when Discord:ApiBaseUrl points at a real fake server (the Gateway tests) instead of <see cref="Api"/>.</summary>
    internal bool FakeApiInProcess { get; init; } = true;

    /// <summary>Extra service changes, applied after the bot's own registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Waits until the articles and index have loaded.</summary>
    public async Task<DiscordBotFactory> ReadyAsync()
    {
        await Services.GetRequiredService<IArticleLibraryProvider>().GetAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return this;
    }

    /// <summary>Posts a body signed with the test key, now.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body) => PostAsync(body, TestKeys.Now(), sign: true);

    /// <summary>Posts a body with a chosen timestamp, signed or not.</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? timestamp, bool sign, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordEndpoints.InteractionsPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null || (sign && timestamp is not null))
        {
            request.Headers.Add("X-Signature-Ed25519", signature ?? TestKeys.Sign(timestamp!, body));
        }

        return await CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Articles:IndexPath", _indexFolder);
        builder.UseSetting("Pins:Path", Path.Combine(_indexFolder, "pins.db"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (FakeApiInProcess)
            {
                services.AddHttpClient<DiscordApiClient>().ConfigurePrimaryHttpMessageHandler(() => Api);
            }

            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_indexFolder))
        {
            try
            {
                Directory.Delete(_indexFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
