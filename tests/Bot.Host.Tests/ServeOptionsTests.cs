using Bot.Host.Server;
using Bot.Testing;

namespace Bot.Host.Tests;

public sealed class ServeOptionsTests
{
    [Fact]
    public async Task Serve_takes_seeds_and_index_like_every_other_verb()
    {
        // Arrange
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");

        // Act
        await using var app = BotServer.Build(["--seeds", RepoPaths.Seeds, "--index", index, "--urls", "http://127.0.0.1:0"]);

        // Assert
        Assert.Equal(RepoPaths.Seeds, app.Configuration["Articles:Path"]);
        Assert.Equal(index, app.Configuration["Articles:IndexPath"]);
    }
}
