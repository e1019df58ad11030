using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>Which of several loaded articles a question's rare words point to.</summary>
public sealed class ArticleAffinityTests
{
    private static ArticleLibrary Library(params string[] texts) =>
        new(texts.Select((t, i) => ArticleParser.Parse($"a{i}", t)).ToList());

    [Fact]
    public void Shares_RareWordOfOneArticle_PointsToIt()
    {
        // Arrange: "flood" is in both articles, "sandbags" only in the second.
        var affinity = new ArticleAffinity(Library(
            "The flood closed the bridge on Monday.",
            "Neighbours filled sandbags before the flood reached the village."));

        // Act
        var shares = affinity.Shares(["flood", "sandbags"]);

        // Assert
        Assert.Equal(1.0, shares["a1"]);
        Assert.Equal(0.0, shares["a0"]);
    }

    [Fact]
    public void Shares_OneArticleOrNoTellingWord_IsEmpty()
    {
        // Act & Assert
        Assert.Empty(new ArticleAffinity(Library("The flood closed the bridge.")).Shares(["flood"]));
        Assert.Empty(new ArticleAffinity(Library("The flood came.", "The flood went.")).Shares(["flood"]));
    }
}
