using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class ConsequenceWordsTests
{
    [Theory]
    [InlineData("That split is likely to further weaken the government.", true)]
    [InlineData("This means a bus trip takes an hour.", true)]
    [InlineData("That decision could cost the mayor her majority.", true)]
    [InlineData("That amendment galvanised the opposition.", true)]
    [InlineData("That money gives the donors considerable leverage.", true)]
    [InlineData("That question is at the heart of the council's split.", false)]
    [InlineData("That gap has been felt most sharply on the east side.", false)]
    public void AreIn_EffectsAndProspects_AreConsequences(string text, bool expected)
    {
        // Act
        var found = ConsequenceWords.AreIn(text);

        // Assert
        Assert.Equal(expected, found);
    }
}
