using Bot.Core.Answering;
using Bot.Testing;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    private readonly QuestionAnalyzer _analyzer = new(SeedArticle.Library);

    [Theory]
    [InlineData("what did Mantila say about the crisis", "Jorge Mantilla")]
    [InlineData("what did freman say", "Will Freeman")]
    [InlineData("what did guzman say about alliances", "Sergio Guzmán")]
    [InlineData("what did the CFR fellow say about petro", "Will Freeman")]
    [InlineData("what did the press secretary say", "Karoline Leavitt")]
    [InlineData("what does the economist think", "Robinson Duarte")]
    [InlineData("what did the economist who voted for petro think", "Robinson Duarte")]
    [InlineData("leavitt", "Karoline Leavitt")]
    public void Analyze_NameOrRole_FindsThePerson(string question, string expected)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(expected, analyzed.Person?.Name);
        Assert.False(analyzed.NamesUnknownPerson);
    }

    [Fact]
    public void Analyze_UnnamedSourceTheArticleDescribes_IsNotAnUnknownPerson()
    {
        // Arrange: Freeland is named only in the description of an unnamed minister who is paraphrased.
        var library = new Bot.Core.Articles.ArticleLibrary([Bot.Core.Articles.ArticleParser.Parse("m", """
            Published On 1 Mar 2024
            Workers at the mill in Freeland walked out over unpaid wages.
            A minister for the state of Freeland said the labour department was investigating the unpaid wages.
            Source: Daily Planet
            """)]);

        // Act
        var analyzed = new QuestionAnalyzer(library).Analyze("what did the freeland minister say about the wages");

        // Assert
        Assert.False(analyzed.NamesUnknownPerson);
    }

    [Theory]
    [InlineData("what did the 36 yr old guy say about the storm", null)]
    [InlineData("what did the 67 year old say about the storm", "Kay Lund")]
    public void Analyze_AgeInTheDescription_PicksOnlyThePersonOfThatAge(string question, string? expected)
    {
        // Arrange
        var library = new Bot.Core.Articles.ArticleLibrary([Bot.Core.Articles.ArticleParser.Parse("s", """
            Published On 1 Mar 2024
            "It is routine now," said Kay Lund, a 67-year-old retiree.
            "I'm worried about the wind," the 36-year-old Tom Vale said.
            Source: Daily Planet
            """)]);

        // Act
        var analyzed = new QuestionAnalyzer(library).Analyze(question);

        // Assert: an age that is not the person's own never picks them out.
        Assert.Equal(expected, analyzed.Person?.Name);
    }

    [Theory]
    [InlineData("what did marco rubio say about the tariffs?")]
    [InlineData("what did Zelensky say about the tariffs?")]
    [InlineData("what did Xqvikxx say about tariffs?")]
    [InlineData("what did Xqvik say about tariffs?")]
    public void Analyze_PersonNotInArticle_IsMarkedUnknown(string question)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Null(analyzed.Person);
        Assert.True(analyzed.NamesUnknownPerson);
    }

    [Theory]
    [InlineData("what did venezuela say about the flights?")]
    [InlineData("what did washington say about petro?")]
    public void Analyze_NameTheArticleMentionsButNeverCredits_IsMarkedUnknown(string question)
    {
        // Act: the article names these (as places and groups), but quotes or paraphrases none of them.
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Null(analyzed.Person);
        Assert.True(analyzed.NamesUnknownPerson);
    }

    [Theory]
    [InlineData("what did the critics say about the flights?")]
    [InlineData("what did the experts say?")]
    public void Analyze_DescriptionUsingArticleWords_IsNotAnUnknownPerson(string question)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.False(analyzed.NamesUnknownPerson);
    }

    [Theory]
    [InlineData("hey bot, can you tell me why trump threatened tariffs?", "trump threatened tariffs")]
    [InlineData("<@123456789> why did trump threaten tariffs", "trump threaten tariffs")]
    [InlineData("@quotebot who said petro kept adding fuel to the fire?", "petro kept adding fuel fire")]
    public void Analyze_ChatFiller_IsDropped(string question, string expected)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(expected, analyzed.SearchText);
    }

    [Theory]
    [InlineData("how many flights were in the air", true, false)]
    [InlineData("what percent support does he have", true, false)]
    [InlineData("who said the country is rudderless", false, true)]
    [InlineData("why did the party quit", false, false)]
    public void Analyze_QuestionShape_SetsIntent(string question, bool number, bool quote)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(number, analyzed.WantsNumber);
        Assert.Equal(quote, analyzed.WantsQuote);
    }

    [Theory]
    [InlineData("how many river ferries were still running when the bridge closed?", "ferries")]
    [InlineData("how many US troops are left?", "troops")]
    [InlineData("how much aid has the us given?", "aid")]
    [InlineData("hey bot, how many people died", "people")]
    [InlineData("how many voters turned out", "voters")]
    [InlineData("by how much was aid expected to fall?", "")]
    [InlineData("why did the party quit", "")]
    public void Analyze_HowMany_FindsWhatIsCounted(string question, string expected)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(expected, string.Join(' ', analyzed.CountedNouns));
    }

    [Theory]
    [InlineData("why does the liberal party quitting the coalition matter?", true)]
    [InlineData("what does the split mean for the president", true)]
    [InlineData("how will the tariffs affect exports?", true)]
    [InlineData("why is the vote a big deal", true)]
    [InlineData("what impact did the sanctions have", true)]
    [InlineData("why did the party quit the coalition?", false)]
    [InlineData("what did guzman say about the impact of the tariffs?", false)]
    [InlineData("the impact of tariffs", false)]
    public void Analyze_ConsequenceQuestion_IsRecognised(string question, bool expected)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(expected, analyzed.AsksConsequence);
    }

    [Theory]
    [InlineData("how much does the new line cost", true)]
    [InlineData("how much did the city spend on it?", true)]
    [InlineData("how much aid has the us given", false)]
    [InlineData("what does the line cost the city in trust", false)]
    public void Analyze_HowMuchMoney_WantsMoney(string question, bool expected)
    {
        // Act
        var analyzed = _analyzer.Analyze(question);

        // Assert
        Assert.Equal(expected, analyzed.WantsMoney);
    }
}
