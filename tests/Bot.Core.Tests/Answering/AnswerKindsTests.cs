using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class AnswerKindsTests
{
    [Theory]
    [InlineData("how old is the mayor's son", AnswerKind.Age)]
    [InlineData("what age were the victims", AnswerKind.Age)]
    [InlineData("how long has the bakery been open", AnswerKind.Duration)]
    [InlineData("how much warning did the residents get", AnswerKind.Duration)]
    [InlineData("what time did the parade begin", AnswerKind.ClockTime)]
    [InlineData("when did the ferry sink", AnswerKind.Date)]
    [InlineData("so when will we know the result", AnswerKind.Date)]
    [InlineData("which day was the vote", AnswerKind.Date)]
    [InlineData("what did the mayor say when the bridge fell", AnswerKind.Any)]
    [InlineData("why do people shop there when money is tight", AnswerKind.Reason)]
    [InlineData("how many people were hurt", AnswerKind.Any)]
    [InlineData("what actually caused the fire to start", AnswerKind.Reason)]
    [InlineData("what led to the strike", AnswerKind.Reason)]
    [InlineData("why did the council cut the bus budget", AnswerKind.Reason)]
    public void Of_TheQuestionsWording_NamesTheKindOfAnswer(string question, AnswerKind expected)
    {
        // Act
        var kind = AnswerKinds.Of(question);

        // Assert
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("Jo Bell, 41, and her husband, both aged 62, moved in.", AnswerKind.Age, true)]
    [InlineData("The boys, aged between 15 and 16, were taken to hospital.", AnswerKind.Age, true)]
    [InlineData("She held her one-year-old daughter.", AnswerKind.Age, true)]
    [InlineData("They have lived in the village for five years.", AnswerKind.Duration, true)]
    [InlineData("\"We had an hour to get ready,\" he said.", AnswerKind.Duration, true)]
    [InlineData("Their ties stretch back more than two centuries.", AnswerKind.Duration, true)]
    [InlineData("The race began at 7 a.m. in light rain.", AnswerKind.ClockTime, true)]
    [InlineData("The shop shut at 17:30 sharp.", AnswerKind.ClockTime, true)]
    [InlineData("They returned on Wednesday to survey the damage.", AnswerKind.Date, true)]
    [InlineData("The results are due next week.", AnswerKind.Date, true)]
    [InlineData("The plant opened in 2019.", AnswerKind.Date, true)]
    [InlineData("Published On 17 Mar 2025", AnswerKind.Date, true)]
    [InlineData("Tom Vale, 47, was arrested at the scene.", AnswerKind.Age, true)]
    [InlineData("She is in her late forties.", AnswerKind.Age, true)]
    [InlineData("Drivers began a 24-hour strike.", AnswerKind.Duration, true)]
    [InlineData("An electrical fault in the roof caused the fire, investigators said.", AnswerKind.Reason, true)]
    [InlineData("In response, the council cut the bus budget.", AnswerKind.Reason, true)]
    [InlineData("Thousands fled because of the high winds.", AnswerKind.Reason, true)]
    [InlineData("The situation was aggravated by rising food prices.", AnswerKind.Reason, true)]
    [InlineData("The mayor, a former teacher, spoke first.", AnswerKind.Age, false)]
    [InlineData("Residents described the old bridge.", AnswerKind.Age, false)]
    [InlineData("The river rose by 40 centimetres.", AnswerKind.Duration, false)]
    [InlineData("He scored 7 points in the match.", AnswerKind.ClockTime, false)]
    [InlineData("Crowds may gather in the square.", AnswerKind.Date, false)]
    [InlineData("Shoppers march past the closed stores.", AnswerKind.Date, false)]
    [InlineData("The fire has burned for five days since it began.", AnswerKind.Reason, false)]
    [InlineData("Theresa May spoke to reporters.", AnswerKind.Date, false)]
    [InlineData("The 2000 workers walked out.", AnswerKind.Date, false)]
    [InlineData("The results came a day after the vote.", AnswerKind.Duration, false)]
    [InlineData("Riders take the bus 5 a day.", AnswerKind.Duration, false)]
    [InlineData("Dawn Butler MP spoke first.", AnswerKind.ClockTime, false)]
    public void IsIn_Text_HoldsAnExpressionOfTheKindOrNot(string text, AnswerKind kind, bool expected)
    {
        // Act
        var found = AnswerKinds.IsIn(text, kind);

        // Assert
        Assert.Equal(expected, found);
    }

    [Fact]
    public void IsIn_AnyKind_IsAlwaysTrue()
    {
        // Act
        var found = AnswerKinds.IsIn("Nothing here names a time.", AnswerKind.Any);

        // Assert
        Assert.True(found);
    }
}
