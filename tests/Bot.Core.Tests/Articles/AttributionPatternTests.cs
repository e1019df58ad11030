using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

/// <summary>Built sentences for every attribution pattern the parser knows, on articles made up for the test.</summary>
public sealed class AttributionPatternTests
{
    private const string Intro = "Jane Roe, a housing researcher at the Example Institute, studies rents.";

    private static Attribution Attribute(params string[] paragraphs) =>
        ArticleParser.Parse("t", string.Join("\n", paragraphs) + "\nSource: Daily Planet").Paragraphs[^2].Attribution;

    [Theory]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe said.", "said")]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe wrote.", "wrote")]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe added.", "added")]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe explained.", "explained")]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe warned.", "warned")]
    [InlineData("\"Rents are rising faster than wages in every city,\" Roe told Daily Planet.", "told Daily Planet")]
    [InlineData("“Rents are rising faster than wages in every city,” Roe said.", "said")]
    [InlineData("Roe said: \"Rents are rising faster than wages in every city.\"", "said")]
    [InlineData("\"Rents are rising faster than wages in every city,\" said Roe.", "said")]
    public void Resolve_ReportingClause_NamesSurnameAsFullMention(string paragraph, string how)
    {
        // Arrange & Act
        var attribution = Attribute(Intro, paragraph);

        // Assert
        Assert.Equal(new Speaker("Jane Roe", "a housing researcher at the Example Institute"), attribution.Speaker);
        Assert.Equal(how, attribution.HowSaid);
    }

    [Fact]
    public void Resolve_SaidNameCommaRole_TakesTheAppositiveAsRole()
    {
        // Arrange & Act
        var attribution = Attribute("\"Nobody can pay these rents any more,\" said Max Mustermann, a tenant organiser in Leeds.");

        // Assert
        Assert.Equal(new Speaker("Max Mustermann", "a tenant organiser in Leeds"), attribution.Speaker);
    }

    [Fact]
    public void Resolve_AccordingToNameCommaRole_NamesThatPerson()
    {
        // Arrange & Act
        var attribution = Attribute("The plan is \"a recipe for higher prices across the region\", according to Ana Lima, a city planner.");

        // Assert
        Assert.Equal(new Speaker("Ana Lima", "a city planner"), attribution.Speaker);
    }

    [Theory]
    [InlineData("Official results gave Maria da Conceição Tavares, the opposition leader, 142,886 votes.", "\"The people have spoken and the count must stand,\" Tavares wrote on X.", "Maria da Conceição Tavares", "the opposition leader")]
    [InlineData("The commission's chair, Judge Helena Barros Sá, defended the ruling.", "Barros Sá said: \"The law allows a recount where there is specific evidence.\"", "Helena Barros Sá", "the commission's chair")]
    [InlineData("Ingrid Solheim, who led the observer mission, spoke on Monday.", "\"We saw long queues, but that is not a stolen election,\" Solheim said.", "Ingrid Solheim", "who led the observer mission")]
    [InlineData("Rui Almeida, one of the three commissioners, objected.", "\"Half a recount is half a solution for a whole country,\" Almeida said.", "Rui Almeida", "one of the three commissioners")]
    [InlineData("Mayor Teresa Whitcombe, who backs the line, spoke first.", "\"We will build this line whatever the strike costs us,\" Whitcombe said.", "Teresa Whitcombe", "Mayor, who backs the line")]
    [InlineData("Councillor Tomás Ibáñez led the campaign against it.", "\"This line costs too much for a city that cannot run its buses,\" Ibáñez said.", "Tomás Ibáñez", "Councillor")]
    [InlineData("Secretary of State Jo Lee flew in on Monday.", "\"We expect the talks to go on into next week at least,\" Lee said.", "Jo Lee", null)]
    [InlineData("Minister of Foreign Affairs Ana Ruiz, a former judge, spoke first.", "\"We expect the talks to go on into next week at least,\" Ruiz said.", "Ana Ruiz", "a former judge")]
    [InlineData("Republican Tom Baker voted against the bill.", "\"We expect the talks to go on into next week at least,\" Baker said.", "Tom Baker", "Republican")]
    [InlineData("Peru's Ana Ruiz arrived late.", "\"We expect the talks to go on into next week at least,\" Ruiz said.", "Ana Ruiz", null)]
    [InlineData("The same day, Mayor Ana Ruiz, speaking in Lisbon, said little.", "\"We expect the talks to go on into next week at least,\" Ruiz said.", "Ana Ruiz", "Mayor")]
    [InlineData("Regional Governor Efraín Vargas Mamani spoke first.", "\"We expect the talks to go on into next week at least,\" Vargas said.", "Efraín Vargas Mamani", "Regional Governor")]
    [InlineData("Flor Ccama Huamán, a community leader, spoke first.", "\"We expect the talks to go on into next week at least,\" Ccama said.", "Flor Ccama Huamán", "a community leader")]
    public void Resolve_LongNamesAndRolesAroundThem_AreKeptWhole(string intro, string quote, string name, string? role)
    {
        // Arrange & Act
        var attribution = Attribute(intro, quote);

        // Assert
        Assert.Equal(new Speaker(name, role), attribution.Speaker);
    }

    [Theory]
    [InlineData("Roe said the two issues would be hard to separate in voters' minds.")]
    [InlineData("Roe disputed those findings.")]
    [InlineData("Roe rejected the study, which she called thin.")]
    public void Resolve_PronounAfterAParaphrase_MeansThePersonParaphrased(string paraphrase)
    {
        // Arrange & Act: the last quote was someone else's; the paraphrase in between names who "she" is.
        var attribution = Attribute(
            "\"We cannot pay for the line and the buses at the same time,\" said Max Mustermann, a city official.",
            Intro,
            paraphrase,
            "\"People vote on how their week went, not on projects,\" she said.");

        // Assert
        Assert.Equal("Jane Roe", attribution.Speaker?.Name);
    }

    [Fact]
    public void Resolve_PronounAfterTwoParaphrases_MeansTheLastOne()
    {
        // Arrange & Act
        var attribution = Attribute(
            "Ana Ruiz, a union leader, and Tom Baker, a city official, met on Monday.",
            "Ruiz said the deal was off, and Baker said he agreed with her.",
            "\"It is over, and everyone in the room knew it by noon,\" he said.");

        // Assert
        Assert.Equal("Tom Baker", attribution.Speaker?.Name);
    }

    [Fact]
    public void Resolve_TitleBeforeName_IsTheRole()
    {
        // Arrange & Act
        var attribution = Attribute("\"We will build ten thousand homes this year,\" Housing Minister Tom Baker said in a statement.");

        // Assert
        Assert.Equal(new Speaker("Tom Baker", "Housing Minister"), attribution.Speaker);
        Assert.Equal("said in a statement", attribution.HowSaid);
    }

    [Fact]
    public void Resolve_Pronoun_IsTheMostRecentNamedSpeaker()
    {
        // Arrange & Act
        var attribution = Attribute(Intro, "\"Rents are rising faster than wages in every city,\" Roe said.", "\"Landlords know it and tenants feel it every month,\" she said.");

        // Assert
        Assert.Equal("Jane Roe", attribution.Speaker?.Name);
    }

    [Fact]
    public void Resolve_QuoteOnlyParagraph_ContinuesThePreviousSpeaker()
    {
        // Arrange & Act
        var attribution = Attribute(Intro, "\"Rents are rising faster than wages in every city,\" Roe said.", "\"And the gap keeps widening each and every single year.\"");

        // Assert
        Assert.Equal("Jane Roe", attribution.Speaker?.Name);
        Assert.Equal("And the gap keeps widening each and every single year.", attribution.QuoteText);
    }

    [Fact]
    public void Resolve_ToldOutlet_NamesTheMediumNotTheSpeaker()
    {
        // Arrange & Act
        var attribution = Attribute(Intro, "\"Rents are rising faster than wages in every city,\" Roe told Daily Planet.");

        // Assert
        Assert.Equal("Jane Roe", attribution.Speaker?.Name);
        Assert.Equal("told Daily Planet", attribution.HowSaid);
    }

    [Fact]
    public void Resolve_PostAfterPlatformMention_IsAPostByThatPerson()
    {
        // Arrange & Act
        var attribution = Attribute(
            "Mayor Lisa Park took to the platform X late on Sunday.",
            "\"The city will not accept these evictions at all,\" Park wrote.");

        // Assert
        Assert.Equal(new Speaker("Lisa Park", "Mayor"), attribution.Speaker);
        Assert.Equal("wrote on X", attribution.HowSaid);
    }

    [Fact]
    public void Resolve_Paraphrase_NamesThePersonParaphrasedAsNotVerbatim()
    {
        // Arrange & Act
        var attribution = Attribute(Intro, "Roe said rents would keep rising for years.");

        // Assert
        Assert.Equal("Jane Roe", attribution.Speaker?.Name);
        Assert.Equal("said", attribution.HowSaid);
        Assert.False(attribution.Verbatim);
    }

    [Theory]
    [InlineData("For years the council waged a \"war on rents\" with little success.")]
    [InlineData("The city has grown quickly since the railway arrived.")]
    public void Resolve_ScareQuotesOrNarration_IsTheArticlesOwnWords(string paragraph)
    {
        // Arrange & Act
        var attribution = Attribute(Intro, paragraph);

        // Assert
        Assert.Null(attribution.Speaker);
        Assert.Null(attribution.HowSaid);
    }
}
