using System.ComponentModel.DataAnnotations;

namespace Bot.Discord;

/// <summary>The "Discord" configuration section. Secrets come from user-secrets or the environment (Discord__BotToken).</summary>
public sealed class DiscordOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Discord";

    /// <summary>
    /// The application's Ed25519 public key from the Developer Portal: 64 hex characters. Required for the HTTP
    /// interactions endpoint; optional with <see cref="Gateway"/>, where the endpoint is mapped only when it is set.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be 64 hex characters.")]
    public string PublicKey { get; set; } = "";

    /// <summary>The application id (a snowflake), used in webhook and command routes.</summary>
    [Required(ErrorMessage = "Discord:ApplicationId must be set.")]
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be a numeric snowflake.")]
    public string ApplicationId { get; set; } = "";

    /// <summary>The bot token, sent as "Authorization: Bot &lt;token&gt;".</summary>
    [Required(ErrorMessage = "Discord:BotToken must be set.")]
    public string BotToken { get; set; } = "";

    /// <summary>Roles whose members may pin answers, besides those with PIN_MESSAGES or ADMINISTRATOR.</summary>
    public IList<string> ModeratorRoleIds { get; } = [];

    /// <summary>The REST API's base address; always versioned (the unversioned /api is v6).</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl must be set.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>
    /// How old a signed request may be. Discord sets no window (docs: interactions/overview), so this replay guard
    /// is generous; the clock of the host may drift.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Discord:SignatureMaxAge must be between 10 seconds and a day.")]
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Connect out to the Gateway (no public URL needed): @mention questions and interactions over a WebSocket.</summary>
    public bool Gateway { get; set; }

    /// <summary>This process's shard (IDENTIFY <c>shard[0]</c>); guilds split by <c>(guild_id &gt;&gt; 22) % ShardCount</c>.</summary>
    [Range(0, 65535, ErrorMessage = "Discord:ShardId must be between 0 and 65535.")]
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs in all (IDENTIFY <c>shard[1]</c>); 1 for one process.</summary>
    [Range(1, 65536, ErrorMessage = "Discord:ShardCount must be between 1 and 65536.")]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// Where the Gateway session is kept across a restart (session id, resume URL, last sequence; never the token), so
    /// a quick restart resumes rather than identifies. Empty: not kept. The host puts it beside the pinboard.
    /// </summary>
    public string GatewaySessionPath { get; set; } = "";

    /// <summary>True when the HTTP interactions endpoint is on.</summary>
    public bool HasInteractionsEndpoint => !string.IsNullOrEmpty(PublicKey);
}
