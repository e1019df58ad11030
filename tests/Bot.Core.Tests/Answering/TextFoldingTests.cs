using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Guzmán’s", "guzman's")]
    [InlineData("“Muñoz”", "\"munoz\"")]
    [InlineData("six-decade–long", "six-decade-long")]
    public void Fold_Text_DropsAccentsCaseAndCurlyQuotes(string text, string expected)
    {
        // Act
        var folded = TextFolding.Fold(text);

        // Assert
        Assert.Equal(expected, folded);
    }

    [Fact]
    public void Words_Possessive_IsDropped()
    {
        // Act
        var words = TextFolding.Words("Petro’s son, and the US's aid.").ToList();

        // Assert
        Assert.Equal(["petro", "son", "and", "the", "us", "aid"], words);
    }

    [Theory]
    [InlineData("freeman", "freman", 1)]
    [InlineData("mantilla", "mantila", 1)]
    [InlineData("tariff", "tarrif", 2)]
    [InlineData("abcd", "badc", 2)]
    public void Distance_Typos_CountsEditsWithTranspositions(string a, string b, int expected)
    {
        // Act
        var distance = TextFolding.Distance(a, b, 3);

        // Assert
        Assert.Equal(expected, distance);
    }
}
