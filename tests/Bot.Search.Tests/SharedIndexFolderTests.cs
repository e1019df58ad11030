using Bot.Core.Answering;
using Bot.Testing;

namespace Bot.Search.Tests;

/// <summary>
/// Several openers and builders on one index folder, as replicas sharing a volume (threads here; two real processes in
/// Bot.Host.Tests' SharedIndexProcessTests).
/// </summary>
public sealed class SharedIndexFolderTests
{
    [Fact]
    public async Task OpenOrBuild_FourOpenersOnAFreshFolderAtOnce_OneBuildsAndEveryOneLoadsAWholeIndex()
    {
        // Arrange
        using var folder = new TempFolder();
        using var start = new ManualResetEventSlim();
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library);
        })).ToList();

        // Act
        start.Set();
        var results = await Task.WhenAll(opens);

        // Assert
        try
        {
            Assert.Single(results, r => r.Rebuilt);
            Assert.All(results, r => Assert.Equal(SeedArticle.Article.Paragraphs.Count, r.Index.Count));
            Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "builds")));
        }
        finally
        {
            foreach (var result in results)
            {
                result.Index.Dispose();
            }
        }
    }

    [Fact]
    public async Task OpenOrBuild_WhileAnotherRebuildsOverAndOver_AlwaysLoadsAWholeIndexWithoutRebuilding()
    {
        // Arrange: an index, then a builder that keeps replacing it (the `index` verb run again and again).
        using var folder = new TempFolder();
        PassageIndexStore.Build(folder.Path, SeedArticle.Library);
        using var stop = new CancellationTokenSource();
        var builds = 0;
        var builder = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                PassageIndexStore.Build(folder.Path, SeedArticle.Library);
                Interlocked.Increment(ref builds);
            }
        });

        // Act: a replica (re)starting meanwhile, at least twenty times and until three builds have replaced the index.
        var opened = new List<(bool Rebuilt, int Count, int Hits)>();
        while ((opened.Count < 20 || Volatile.Read(ref builds) < 3) && !builder.IsCompleted)
        {
            var result = PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library);
            using var index = result.Index;
            opened.Add((result.Rebuilt, index.Count, index.Search(new PassageQuery("tariffs"), 3).Count));
        }

        await stop.CancelAsync();
        await builder;

        // Assert: every open saw a whole build, while three or more builds replaced the index.
        Assert.True(builds >= 3, $"{builds} builds");
        Assert.All(opened, o => Assert.False(o.Rebuilt));
        Assert.All(opened, o => Assert.Equal(SeedArticle.Article.Paragraphs.Count, o.Count));
        Assert.All(opened, o => Assert.True(o.Hits > 0));
        Assert.True(Directory.GetDirectories(Path.Combine(folder.Path, "builds")).Length <= 2, "old builds are deleted");
    }

    [Fact]
    public void Build_OverAnIndexOfTheOldLayout_SwitchesToABuildAndRemovesTheOldFiles()
    {
        // Arrange: the layout before builds, an index straight in the folder.
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "lucene"));
        folder.Write("lucene/_0.fdx", "old");
        folder.Write("seeds.sha256", "layout-1 old");

        // Act
        PassageIndexStore.Build(folder.Path, SeedArticle.Library);

        // Assert
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "lucene")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "seeds.sha256")));
        Assert.True(File.Exists(Path.Combine(PassageIndexStore.CurrentBuild(folder.Path)!, "seeds.sha256")));
    }
}
