namespace Bot.Host.Tests;

/// <summary>
/// The real program refusing to start: for each wrong setting or unusable folder, in `serve` and in the CLI verbs,
/// exit code 2, one plain line per problem (no stack trace, no framework wording, no duplicates), and nothing created.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly ProgramRun _run = new();

    public void Dispose() => _run.Dispose();

    public static TheoryData<string, string, string, string[]> WrongSettings => new()
    {
        // key, value, verb, the one line expected
        { "Search__Semantic", "banana", "serve", ["Configuration error: Search:Semantic must be true or false."] },
        { "Search__Semantic", "banana", "ask", ["Configuration error: Search:Semantic must be true or false."] },
        { "RateLimit__WindowSeconds", "abc", "serve", ["Configuration error: RateLimit:WindowSeconds must be a whole number between 1 and 86400."] },
        { "RateLimit__QuestionsPerWindow", "0", "speakers", ["Configuration error: RateLimit:QuestionsPerWindow must be between 1 and 10000."] },
        { "Articles__IndexPath", "", "index", ["Configuration error: Articles:IndexPath must name the index folder."] },
        { "Pins__Path", "", "pins", ["Configuration error: Pins:Path must name the pinboard's database file."] },
        { "Pins__Provider", "Mongo", "serve", ["Configuration error: Pins:Provider must be one of Sqlite, Postgres."] },
        { "Pins__Provider", "Postgres", "serve", ["Configuration error: Pins:ConnectionString is missing: Pins:Provider is Postgres, which needs an Npgsql connection string (Host=…;Database=…;Username=…; set it in the environment as Pins__ConnectionString)."] },
        { "Pins__Provider", "postgres", "pins", ["Configuration error: Pins:ConnectionString is missing: Pins:Provider is Postgres, which needs an Npgsql connection string (Host=…;Database=…;Username=…; set it in the environment as Pins__ConnectionString)."] },
        { "Slack__ApiBaseUrl", "not a url", "eval", ["Configuration error: Slack:ApiBaseUrl must be an absolute http or https URL."] },
        { "Discord__SignatureMaxAge", "soon", "healthcheck", ["Configuration error: Discord:SignatureMaxAge must be a duration such as 00:05:00."] },
        { "Logging__LogLevel__Default", "Loud", "serve", ["Configuration error: Logging:LogLevel:Default must be one of Trace, Debug, Information, Warning, Error, Critical, None."] },
        {
            "Discord__PublicKey", "abc", "serve",
            [
                "Configuration error: Discord:ApplicationId is missing: Discord:PublicKey is set, and Discord needs Discord:PublicKey, Discord:ApplicationId, Discord:BotToken (set them all, or none to leave Discord off).",
                "Configuration error: Discord:BotToken is missing: Discord:PublicKey is set, and Discord needs Discord:PublicKey, Discord:ApplicationId, Discord:BotToken (set them all, or none to leave Discord off).",
                "Configuration error: Discord:PublicKey must be 64 hex characters.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_stops_the_program_with_one_line_per_problem(string key, string value, string verb, string[] expected)
    {
        // Arrange: each verb with the words it needs to get as far as its start-up check.
        string[] args = verb switch
        {
            "serve" => ["serve", "--urls", "http://127.0.0.1:0"],
            "ask" => ["ask", "who is petro?"],
            "eval" => ["eval", "questions.jsonl"],
            "pins" => ["pins", "list"],
            _ => [verb],
        };
        File.WriteAllText(Path.Combine(_run.Folder.Path, "questions.jsonl"), "");

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string> { [key] = value }, args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(expected, lines);
        Assert.Equal(["questions.jsonl"], _run.Created());
    }

    [Fact]
    public async Task A_malformed_PostgreSQL_connection_string_stops_the_server_without_showing_it()
    {
        // Act
        var (code, lines) = await _run.RunAsync(
            new Dictionary<string, string> { ["Pins__Provider"] = "Postgres", ["Pins__ConnectionString"] = "Password=hunter2;Bogus Key=1" },
            "serve", "--urls", "http://127.0.0.1:0");

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(["Configuration error: Pins:ConnectionString is not an Npgsql connection string (Host=…;Port=…;Database=…;Username=…;Password=…) with a Host."], lines);
        Assert.DoesNotContain(lines, l => l.Contains("hunter2", StringComparison.Ordinal));
        Assert.Empty(_run.Created());
    }

    [Fact]
    public async Task An_address_that_is_not_a_url_stops_the_server()
    {
        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), "serve", "--urls", "localhost:5080");

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(["Configuration error: urls must be http:// or https:// addresses separated by ';', for example http://127.0.0.1:5080 (--urls, ASPNETCORE_URLS)."], lines);
        Assert.Empty(_run.Created());
    }

    [Fact]
    public async Task A_missing_seeds_folder_stops_the_server_with_one_line_and_creates_nothing()
    {
        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string> { ["Articles__Path"] = "/missing" }, "serve", "--urls", "http://127.0.0.1:0");

        // Assert
        Assert.Equal(2, code);
        Assert.Equal(["The seeds folder '/missing' does not exist. Set Articles:Path or pass --seeds DIR."], lines);
        Assert.Empty(_run.Created());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("ask")]
    public async Task A_seeds_folder_with_only_unreadable_files_stops_the_program(string verb)
    {
        // Arrange: a file that is not UTF-8 text.
        var bad = Path.Combine(_run.Folder.Path, "bad");
        Directory.CreateDirectory(bad);
        await File.WriteAllBytesAsync(Path.Combine(bad, "a.txt"), [0xff, 0xfe, 0x00, 0x41]);
        string[] args = verb == "serve" ? ["serve", "--seeds", bad] : ["ask", "who?", "--seeds", bad];

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal([$"The seeds folder '{bad}' has no readable article.", $"Cannot read a seed article: {bad}/a.txt:1: not valid UTF-8 text"], lines);
        Assert.Equal(["bad"], _run.Created());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("index")]
    public async Task An_index_folder_that_is_a_file_stops_the_program(string verb)
    {
        // Arrange
        var file = Path.Combine(_run.Folder.Path, "index");
        await File.WriteAllTextAsync(file, "not a folder");
        string[] args = verb == "serve" ? ["serve", "--urls", "http://127.0.0.1:0"] : ["index", "--semantic", "off"];

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal([$"The index folder '{file}' is a file. Set Articles:IndexPath or pass --index DIR to a folder."], lines);
        Assert.Equal(["index"], _run.Created());
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("pins")]
    public async Task A_pinboard_that_is_not_a_database_stops_the_program_and_is_kept(string verb)
    {
        // Arrange
        var pins = Path.Combine(_run.Folder.Path, "data", "pins.db");
        Directory.CreateDirectory(Path.GetDirectoryName(pins)!);
        await File.WriteAllTextAsync(pins, "moderators' notes, not SQLite");
        string[] args = verb == "serve" ? ["serve", "--urls", "http://127.0.0.1:0"] : ["pins", "list"];

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), args);

        // Assert
        Assert.Equal(2, code);
        Assert.Equal([$"The pinboard '{pins}' is not a SQLite database. The bot never replaces it: move it away or set Pins:Path to another file."], lines);
        Assert.Equal("moderators' notes, not SQLite", await File.ReadAllTextAsync(pins));
        Assert.Equal(["data"], _run.Created());
    }

    [Fact]
    public async Task A_failure_after_the_check_stops_the_server_with_exit_code_1_and_no_stack_trace()
    {
        // Arrange: an index folder that passes the check (its parent is a folder) but cannot be created: /proc takes
        // no new folders. Before, stopping while the pinboard started crashed the host (exit 134, a stack trace).
        string[] args = ["serve", "--urls", "http://127.0.0.1:0", "--index", "/proc/bot-index-" + Guid.NewGuid().ToString("N")];

        // Act
        var (code, lines) = await _run.RunAsync(new Dictionary<string, string>(), args);

        // Assert
        Assert.Equal(1, code);
        Assert.Single(lines, l => l.Contains("crit: Bot.Host.Server.EngineLoaderService[0] Cannot load the articles:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }
}
