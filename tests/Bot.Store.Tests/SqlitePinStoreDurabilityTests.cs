using Bot.Core.Pins;

namespace Bot.Store.Tests;

public sealed class SqlitePinStoreDurabilityTests : IDisposable
{
    private static readonly CancellationToken s_ct = CancellationToken.None;
    private readonly TempPinFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task InitializeAsync_NoFile_CreatesFolderFileAndLatestSchema()
    {
        // Arrange
        var store = _file.Open();

        // Act
        await store.InitializeAsync(s_ct);

        // Assert
        Assert.True(File.Exists(_file.Path));
        Assert.Equal(SqlitePinSchema.LatestVersion, _file.Scalar("PRAGMA user_version"));
        Assert.Equal(0, _file.Scalar("SELECT COUNT(*) FROM pins"));
    }

    [Fact]
    public async Task InitializeAsync_EmptyFile_MigratesItToLatestSchema()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await File.WriteAllBytesAsync(_file.Path, [], s_ct);
        var store = _file.Open();

        // Act
        await store.InitializeAsync(s_ct);

        // Assert
        Assert.Equal(4, SqlitePinSchema.LatestVersion);
        Assert.Equal(SqlitePinSchema.LatestVersion, _file.Scalar("PRAGMA user_version"));
        Assert.Equal(1, _file.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'pins'"));
    }

    [Fact]
    public async Task InitializeAsync_NewFile_UsesWalJournal()
    {
        // Arrange
        var store = _file.Open();

        // Act
        await store.InitializeAsync(s_ct);

        // Assert: WAL is a property of the file, so a plain connection sees it too.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _file.Path + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task OpenAgain_AfterDispose_ReadsWhatWasWrittenAndKeepsVersion()
    {
        // Arrange
        var request = PinRequests.Make();
        using (var first = new SqlitePinStore(_file.Path))
        {
            await first.PinAsync(request, s_ct);
        }

        // Act
        var reopened = _file.Open();
        var found = await reopened.FindAsync(request.Key, s_ct);

        // Assert
        Assert.NotNull(found);
        Assert.Equal(request, found.Pin);
        Assert.Equal(SqlitePinSchema.LatestVersion, _file.Scalar("PRAGMA user_version"));
    }

    [Fact]
    public async Task PinAsync_FilesCopiedWhileStoreStillOpen_CopyHoldsThePin()
    {
        // Arrange: copying the database and its WAL while the store is still open is what a kill -9 leaves behind.
        var store = _file.Open();
        var request = PinRequests.Make();
        await store.PinAsync(request, s_ct);
        using var crashed = new TempPinFile();
        Directory.CreateDirectory(Path.GetDirectoryName(crashed.Path)!);
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(_file.Path + suffix))
            {
                File.Copy(_file.Path + suffix, crashed.Path + suffix);
            }
        }

        // Act
        var found = await crashed.Open().FindAsync(request.Key, s_ct);

        // Assert
        Assert.NotNull(found);
        Assert.Equal(request, found.Pin);
    }

    [Fact]
    public async Task InitializeAsync_GarbageFile_ThrowsNamingTheFile()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        await File.WriteAllBytesAsync(_file.Path, garbage, s_ct);
        var store = _file.Open();

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => store.InitializeAsync(s_ct));

        // Assert
        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_file.Path, s_ct));
    }

    [Fact]
    public async Task PinAsync_GarbageFile_ThrowsOnEveryCallInsteadOfStartingEmpty()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await File.WriteAllTextAsync(_file.Path, "this is not a database, it is a shopping list", s_ct);
        var store = _file.Open();

        // Act
        await Assert.ThrowsAsync<PinStoreUnavailableException>(() => store.PinAsync(PinRequests.Make(), s_ct));
        var second = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => store.ListAsync(new PinFilter(), null, 10, s_ct));

        // Assert
        Assert.Contains(_file.Path, second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_ThrowsNamingVersionAndFile()
    {
        // Arrange
        using (var store = new SqlitePinStore(_file.Path))
        {
            await store.InitializeAsync(s_ct);
        }

        _file.Scalar("PRAGMA user_version = 99; SELECT 0;");
        var reopened = _file.Open();

        // Act
        var error = await Assert.ThrowsAsync<PinStoreUnavailableException>(() => reopened.InitializeAsync(s_ct));

        // Assert
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
    }
}
