using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class AnaphoraTests
{
    [Theory]
    [InlineData("That split is likely to weaken the government.")]
    [InlineData("This means the bill will fail.")]
    [InlineData("\"It was a mistake,\" she said.")]
    [InlineData("These losses add up.")]
    [InlineData("Such a move would be rare.")]
    public void PointsBack_DemonstrativeOrPronounFirst_IsTrue(string paragraph)
    {
        // Act
        var pointsBack = Anaphora.PointsBack(paragraph);

        // Assert
        Assert.True(pointsBack);
    }

    [Theory]
    [InlineData("The split is likely to weaken the government.")]
    [InlineData("Thatcher said the bill would fail.")]
    [InlineData("Itzel Ruiz, a farmer, disagreed.")]
    [InlineData("After that, the bill failed.")]
    public void PointsBack_NewSubjectFirst_IsFalse(string paragraph)
    {
        // Act
        var pointsBack = Anaphora.PointsBack(paragraph);

        // Assert
        Assert.False(pointsBack);
    }
}
