using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Search;
using Bot.Testing;
using NSubstitute;

namespace Bot.Search.Tests;

public sealed class PassageIndexStoreTests
{
    private static ArticleLibrary Library(string text) => new([ArticleParser.Parse("a", text)]);

    [Fact]
    public void OpenOrBuild_NoIndex_BuildsAndSaysWhy()
    {
        // Arrange
        using var folder = new TempFolder();
        var logged = new List<string>();

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library, logged.Add));

        // Assert
        Assert.True(result.Value.Rebuilt);
        Assert.Equal(SeedArticle.Article.Paragraphs.Count, result.Value.Index.Count);
        Assert.Contains(logged, l => l.Contains("no index yet", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenOrBuild_SameSeeds_LoadsWithoutRebuilding()
    {
        // Arrange
        using var folder = new TempFolder();
        PassageIndexStore.Build(folder.Path, SeedArticle.Library);

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library));

        // Assert
        Assert.False(result.Value.Rebuilt);
    }

    [Fact]
    public void OpenOrBuild_SeedsChanged_Rebuilds()
    {
        // Arrange
        using var folder = new TempFolder();
        PassageIndexStore.Build(folder.Path, Library("Old text about rents."));

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, Library("New text about wages.\nAnd more.")));

        // Assert
        Assert.True(result.Value.Rebuilt);
        Assert.Equal("the seeds or the way they are read changed", result.Value.Reason);
        Assert.Equal(2, result.Value.Index.Count);
    }

    [Fact]
    public void OpenOrBuild_SameSeedsReadDifferently_Rebuilds()
    {
        // Arrange: an index stamped with these seeds' fingerprint alone, as before attribution was part of the stamp;
        // its speaker fields may come from older attribution code.
        using var folder = new TempFolder();
        PassageIndexStore.Build(folder.Path, SeedArticle.Library);
        File.WriteAllText(Path.Combine(PassageIndexStore.CurrentBuild(folder.Path)!, "seeds.sha256"), $"layout-1 {SeedArticle.Library.Fingerprint}");

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library));

        // Assert
        Assert.True(result.Value.Rebuilt);
        Assert.Equal("the seeds or the way they are read changed", result.Value.Reason);
    }

    [Fact]
    public void OpenOrBuild_CorruptIndex_RebuildsInsteadOfCrashing()
    {
        // Arrange
        using var folder = new TempFolder();
        PassageIndexStore.Build(folder.Path, SeedArticle.Library);
        foreach (var file in Directory.GetFiles(Path.Combine(PassageIndexStore.CurrentBuild(folder.Path)!, "lucene")))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4]);
        }

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, SeedArticle.Library));

        // Assert
        Assert.True(result.Value.Rebuilt);
        Assert.NotEmpty(result.Value.Index.Search(new PassageQuery("tariffs"), 1));
    }

    [Theory]
    [InlineData("encoder v1", false)]
    [InlineData("encoder v2", true)]
    public void OpenOrBuild_StoredVectors_AreReusedOnlyFromTheSameEncoder(string identityNow, bool reencoded)
    {
        // Arrange: vectors stored by "encoder v1"; a changed encoder must not be compared with them.
        using var folder = new TempFolder();
        var library = Library("Rents rose.\nWages fell.");
        PassageIndexStore.Build(folder.Path, library, FakeEncoder("encoder v1"));
        var encoder = FakeEncoder(identityNow);
        var logged = new List<string>();

        // Act
        using var result = Disposable(PassageIndexStore.OpenOrBuild(folder.Path, library, logged.Add, encoder));

        // Assert
        Assert.False(result.Value.Rebuilt);
        Assert.Equal(reencoded, logged.Any(l => l.StartsWith("Encoding the paragraphs", StringComparison.Ordinal)));
        encoder.Received(reencoded ? 1 : 0).Encode(Arg.Any<IReadOnlyList<string>>());
    }

    /// <summary>An encoder that maps every text to the same unit vector: only its identity matters here.</summary>
    private static ITextEncoder FakeEncoder(string identity)
    {
        var encoder = Substitute.For<ITextEncoder>();
        encoder.Dimensions.Returns(2);
        encoder.Identity.Returns(identity);
        encoder.Encode(Arg.Any<IReadOnlyList<string>>()).Returns(call => call.Arg<IReadOnlyList<string>>().Select(_ => new[] { 1f, 0f }).ToList());
        return encoder;
    }

    private static DisposableResult Disposable(IndexOpenResult result) => new(result);

    private sealed class DisposableResult(IndexOpenResult value) : IDisposable
    {
        public IndexOpenResult Value => value;

        public void Dispose() => value.Index.Dispose();
    }
}
