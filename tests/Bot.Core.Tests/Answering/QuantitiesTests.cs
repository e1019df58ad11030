using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuantitiesTests
{
    [Theory]
    [InlineData("The storm came as three river ferries were still crossing.", "ferries")]
    [InlineData("Two U.S. senators objected.", "senators")]
    [InlineData("Fifteen flights were cancelled.", "flights")]
    [InlineData("The US has offered an estimated $1.5bn in aid since 2017.", "aid")]
    [InlineData("Rescuers found 12 people alive.", "person|people")]
    [InlineData("Officials counted three hundred ballots.", "ballot")]
    [InlineData("The agency named 4 new deputies.", "deputy")]
    public void Counts_NumberBeforeTheNoun_IsTrue(string text, string nouns)
    {
        // Act
        var counts = Quantities.Counts(text, nouns.Split('|'));

        // Assert
        Assert.True(counts);
    }

    [Theory]
    [InlineData("Within two days, river ferries had resumed.", "ferries")]
    [InlineData("Since 2019 flights have been cut.", "flights")]
    [InlineData("The G7 leaders met.", "leaders")]
    [InlineData("It was the 3rd flight this week.", "flight")]
    [InlineData("Two days later the flights resumed.", "flights")]
    [InlineData("The flights resumed after two days.", "flights")]
    [InlineData("Deportation flights resumed.", "flights")]
    [InlineData("It offered 1.5bn. Aid arrived later.", "aid")]
    [InlineData("Two US flights were in midair.", "")]
    public void Counts_NumberOfSomethingElse_IsFalse(string text, string nouns)
    {
        // Act
        var counts = Quantities.Counts(text, nouns.Split('|', StringSplitOptions.RemoveEmptyEntries));

        // Assert
        Assert.False(counts);
    }

    [Theory]
    [InlineData("a 25-percent tariff", true)]
    [InlineData("around the 30 percent mark", true)]
    [InlineData("two centuries", true)]
    [InlineData("no numbers here at all", false)]
    public void HasNumber_DigitsAndNumberWords_AreNumbers(string text, bool expected)
    {
        // Act
        var hasNumber = Quantities.HasNumber(text);

        // Assert
        Assert.Equal(expected, hasNumber);
    }

    [Theory]
    [InlineData("The $2.4bn line would run 14km.", true)]
    [InlineData("It added an estimated US$190m to the cost.", true)]
    [InlineData("The state pledged €600m.", true)]
    [InlineData("a fine of 40 million euros", true)]
    [InlineData("The line would run 14.2km with 11 stations.", false)]
    [InlineData("Support fell to 30 percent.", false)]
    public void HasMoney_CurrencyAmounts_AreMoney(string text, bool expected)
    {
        // Act
        var hasMoney = Quantities.HasMoney(text);

        // Assert
        Assert.Equal(expected, hasMoney);
    }
}
