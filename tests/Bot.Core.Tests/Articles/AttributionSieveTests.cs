using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

/// <summary>
/// The sieve's passes on articles made up for the test: mentions of every kind (names, titles, roles, organisations,
/// unnamed people, pronouns), and the rule that an unnamed speaker is never given the nearest name.
/// </summary>
public sealed class AttributionSieveTests
{
    private static Paragraph At(int line, params string[] paragraphs) =>
        ArticleParser.Parse("t", string.Join("\n", paragraphs) + "\nSource: Daily Planet").ParagraphAt(line)!;

    [Fact]
    public void Resolve_PronounAfterANewlyIntroducedPerson_MeansThatPersonNotTheLastSpeaker()
    {
        // Arrange & Act
        var paragraph = At(4,
            "Mara Venn, a baker, lost her shop in the flood.",
            "\"We will rebuild the whole street before winter,\" Venn said.",
            "Ines Okafor, also a baker, lost her flat two years ago.",
            "\"Nobody thought it would come back so soon,\" she said.");

        // Assert
        Assert.Equal("Ines Okafor", paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_PronounWithAGenderedName_SkipsAPersonOfTheOtherGender()
    {
        // Arrange & Act
        var paragraph = At(3,
            "Tomas Adlen and his wife Lena said the water rose in minutes.",
            "Mr Adlen spoke first. Lena Adlen walked to the door.",
            "\"I have never seen the river like this in forty years,\" he said.");

        // Assert
        Assert.Equal("Tomas Adlen", paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("Mr Pell said: \"The water came up through the floor and the walls.\"", "Ivo Pell")]
    [InlineData("Mrs Pell said: \"I got home at three and the drive was already under water.\"", "Nora Pell")]
    public void Resolve_TitleAndSharedSurname_KeepsTheCoupleApart(string quote, string speaker)
    {
        // Arrange & Act: the wife is named only by her first name; she shares her husband's surname.
        var paragraph = At(2, "Ivo Pell and his wife Nora, both 60, sandbagged their home on Tuesday.", quote);

        // Assert
        Assert.Equal(speaker, paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("\"It was terrifying and I could not stop shaking,\" said a 30-year-old woman, who did not want to be named.")]
    [InlineData("Another resident, who did not give her name, saw the fire. \"It was terrifying and I could not stop shaking,\" she said.")]
    [InlineData("\"It was terrifying and I could not stop shaking,\" said the man, who asked not to be named.")]
    public void Resolve_UnnamedSpeaker_StaysUnnamed(string quote)
    {
        // Arrange & Act: a named person stands right before, and must not be borrowed.
        var paragraph = At(2, "\"The fire started in the kitchen of the flat below,\" Chief Officer Dana Ruiz said.", quote);

        // Assert
        Assert.Null(paragraph.Speaker);
        Assert.Matches("^(a 30-year-old woman|another resident|the man)$", paragraph.Attribution.UnnamedSpeaker);
    }

    [Fact]
    public void Resolve_QuoteOnlyAfterAnUnnamedSpeaker_StaysUnnamed()
    {
        // Arrange & Act
        var paragraph = At(3,
            "\"The fire started in the kitchen of the flat below,\" Chief Officer Dana Ruiz said.",
            "\"I saw smoke and ran down the stairs with my kids,\" said a neighbour.",
            "\"Then the windows burst and everyone was screaming outside.\"");

        // Assert
        Assert.Null(paragraph.Speaker);
    }

    [Fact]
    public void Resolve_NameAfterTheQuoteWithNoVerb_IsTheSpeaker()
    {
        // Arrange & Act
        var paragraph = At(1, "\"Our customers are careful, they compare every price in the mall,\" Paul Marsh.");

        // Assert
        Assert.Equal("Paul Marsh", paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("\"Six people were taken to hospital with minor injuries,\" the force said.", "Northvale Police")]
    [InlineData("\"Six people were taken to hospital with minor injuries,\" NVP said on Twitter.", "Northvale Police (NVP)")]
    public void Resolve_OrganisationByHeadNounOrAcronym_IsTheBodyThatSpoke(string quote, string speaker)
    {
        // Arrange & Act
        var paragraph = At(2, "Northvale Police (NVP) said officers were called to the estate at 5pm.", quote);

        // Assert
        Assert.Equal(speaker, paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_OrganisationWithTheArticle_IsNamedAsTheArticleNamesIt()
    {
        // Arrange & Act
        var paragraph = At(1, "Thousands fled what the UN called a \"clear example of collective punishment\" last year.");

        // Assert
        Assert.Equal("the UN", paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_ShortQuoteInItsReportingSentence_IsThatSpeakersWords()
    {
        // Arrange & Act
        var paragraph = At(1, "The watchdog Fair Vote Lanark tweeted that the count was \"clean and complete.\"");

        // Assert
        Assert.Equal("Fair Vote Lanark", paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("The union has called that move \"strike-breaking\" in a complaint.")]
    [InlineData("The council waged a \"war on rents\" for years, according to the city's website.")]
    public void Resolve_ScareQuoteNearACue_IsTheArticlesOwnWords(string paragraph)
    {
        // Arrange & Act
        var attribution = At(2, "Northvale Council said it would appeal.", paragraph).Attribution;

        // Assert
        Assert.Null(attribution.Speaker);
    }

    [Fact]
    public void Resolve_DatelineBeforeTheFirstMention_IsNotASpeaker()
    {
        // Arrange & Act
        var paragraph = At(2,
            "Port Elm, Freeland – Amara is crying as she packs her bags outside the camp.",
            "\"If we go back there, we will lose everything we have,\" she said.");

        // Assert
        Assert.Equal("Amara", paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_ThreeWordNameShortenedToTheSurname_KeepsTheWholeName()
    {
        // Arrange & Act
        var paragraph = At(2,
            "Opposition candidate Ahmed Karim Nasser won the vote.",
            "\"The people have spoken and the count must be respected,\" Nasser said.");

        // Assert
        Assert.Equal("Ahmed Karim Nasser", paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_SaidWithRoleWordsBeforeTheName_NamesThePerson()
    {
        // Arrange & Act
        var paragraph = At(2,
            "\"The company will recover from this within a year,\" Acme Corp said in a statement.",
            "\"Such events leave small scars on a brand for years,\" said independent brand consultant Ravi Menon.");

        // Assert
        Assert.Equal("Ravi Menon", paragraph.Speaker?.Name);
    }

    [Fact]
    public void Resolve_MentionInsideAnAppositive_IsNotAPronounsReferent()
    {
        // Arrange & Act
        var paragraph = At(2,
            "Karl Brandt, a reporter based in Valletta, Malta, told Daily Planet the boat turned over.",
            "\"The ship was close enough to see the people in the water,\" he said.");

        // Assert
        Assert.Equal("Karl Brandt", paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("Talks stalled, said hairdresser Carol Marsh.", "Marsh", "hairdresser")]
    [InlineData("On Monday, Minister of Energy and Mines Ana Ruiz spoke.", "Ruiz", "Minister of Energy and Mines")]
    [InlineData("Paul Reyes, 38, an interior designer, told Daily Planet the shops were empty.", "Reyes", "an interior designer")]
    [InlineData("Paul Reyes, executive director of the Harbour Trust, spoke.", "Reyes", "executive director of the Harbour Trust")]
    [InlineData("Ivo Pell and his wife Nora sandbagged the house.", "Mrs Pell", "wife of Ivo Pell")]
    public void Resolve_RoleWrittenAroundTheName_IsKept(string intro, string mention, string role)
    {
        // Arrange & Act
        var paragraph = At(2, intro, $"\"We have never seen anything like it in this town,\" {mention} said.");

        // Assert
        Assert.Equal(role, paragraph.Speaker?.Role);
    }

    [Fact]
    public void Resolve_PronounAfterAShePronoun_DoesNotGoBackToHer()
    {
        // Arrange & Act: "she said" tells Carol is a woman, so the later "he" is the butcher.
        var paragraph = At(4,
            "Business owners are struggling, including hairdresser Carol Marsh who said clients came less often.",
            "\"People are not coming as often as they used to,\" she said.",
            "For butcher Tom Adams, who also has a shop there, it was a good Christmas.",
            "\"But everyone is looking at the price of every cut now,\" he said.");

        // Assert
        Assert.Equal("Tom Adams", paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("\"The council broke the law when it sold the land to the developer,\" his daughter said.")]
    [InlineData("\"The council broke the law when it sold the land to the developer,\" residents said.")]
    [InlineData("\"The council broke the law when it sold the land to the developer,\" a spokesman for Ana Ruiz said.")]
    [InlineData("\"The council broke the law when it sold the land to the developer,\" said the lawyer for Ana Ruiz.")]
    [InlineData("\"The council broke the law when it sold the land to the developer,\" Ruiz's lawyer said.")]
    [InlineData("\"The council broke the law,\" Ana Ruiz said. \"It did not,\" Tom Baker replied.")]
    public void Resolve_ClauseThatNamesSomeoneElse_DoesNotCreditTheLastSpeaker(string quote)
    {
        // Arrange & Act: the mayor spoke last; none of these is her own words.
        var paragraph = At(2, "\"We will fight this all the way to the highest court,\" Mayor Ana Ruiz said.", quote);

        // Assert
        Assert.Null(paragraph.Speaker);
    }

    [Fact]
    public void Resolve_PronounAfterAPlaceThatOpensASentence_IsNotThePlace()
    {
        // Arrange & Act
        var paragraph = At(2, "Lisbon has been under water for a week.", "\"We have lost everything we owned in one night,\" she said.");

        // Assert
        Assert.Null(paragraph.Speaker);
    }

    [Fact]
    public void Resolve_They_IsNeverOneNamedPerson()
    {
        // Arrange & Act
        var paragraph = At(2, "Ana Ruiz met the families of the missing sailors.", "\"We have waited three weeks for any news at all,\" they said.");

        // Assert
        Assert.Null(paragraph.Speaker);
    }

    [Fact]
    public void Resolve_SentenceOfAnActNotOfSpeech_IsNoParaphrase()
    {
        // Arrange & Act
        var attribution = At(1, "Ana Ruiz called the fire brigade at 3am.").Attribution;

        // Assert
        Assert.Null(attribution.Speaker);
    }

    [Fact]
    public void Resolve_AccordingToOpeningASentence_NamesTheSource()
    {
        // Arrange & Act
        var attribution = At(2, "Ana Ruiz, a hydrologist, studies the river.", "According to Ana Ruiz, the river has dropped by half.").Attribution;

        // Assert
        Assert.Equal("Ana Ruiz", attribution.Speaker?.Name);
        Assert.False(attribution.Verbatim);
    }

    [Theory]
    [InlineData("Officials working in Port Elm, which hosts the largest camp, said nobody turned up for the buses.")]
    [InlineData("Ana Ruiz and Tom Baker, who live on the estate, said no dentist would take them on.")]
    [InlineData("US President Tom Baker responded swiftly.")]
    public void Resolve_SentenceThatParaphrasesNoOneSpeaker_CreditsNobody(string paragraph)
    {
        // Arrange & Act: a place, the second of two speakers, and an act told without its words.
        var attribution = At(1, paragraph).Attribution;

        // Assert
        Assert.Null(attribution.Speaker);
    }

    [Theory]
    [InlineData("Mr Pell said: \"The water came up through the floor and the walls.\"", "Mr Pell")]
    [InlineData("Pell said: \"The water came up through the floor and the walls.\"", null)]
    public void Resolve_SurnameOfTwoPeopleWithNothingToTellThemApart_NamesNeither(string quote, string? speaker)
    {
        // Arrange & Act: two Pells, and nothing in the article says which is a man.
        var paragraph = At(2, "Nora Pell, 60, and Ivo Pell, 62, sandbagged their home on Tuesday.", quote);

        // Assert
        Assert.Equal(speaker, paragraph.Speaker?.Name);
    }

    [Theory]
    [InlineData("A minister for the state of Freeland, where the mill stands, said the government was talking to both sides.", "a minister for the state of Freeland")]
    [InlineData("An official at the Port Authority said the ferries would run again on Monday.", "an official at the Port Authority")]
    [InlineData("A source in the Ministry of Transport told Reuters that the ferries would run again.", "a source in the Ministry of Transport")]
    public void Resolve_UnnamedOfficeHolderParaphrased_KeepsTheDescriptionAndNoName(string paragraph, string description)
    {
        // Arrange & Act: the place or body they serve is not the speaker, and the office holder has no name.
        var attribution = At(2, "Ana Ruiz runs the mill on the river.", paragraph).Attribution;

        // Assert
        Assert.Null(attribution.Speaker);
        Assert.Equal(description, attribution.UnnamedSpeaker);
        Assert.False(attribution.Verbatim);
    }

    [Theory]
    [InlineData("A woman was pronounced dead at the scene.", "They said a post-mortem examination would be carried out this week.")]
    [InlineData("A man was arrested near the harbour.", "They said the investigation was continuing.")]
    public void Resolve_PronounAfterAnUnnamedPerson_CreditsNobody(string before, string paragraph)
    {
        // Arrange & Act: "they" are the police, not the person the paragraph before mentioned.
        var attribution = At(3, "Officers were called to a house in Port Elm on Sunday evening.", before, paragraph).Attribution;

        // Assert
        Assert.Null(attribution.Speaker);
        Assert.Null(attribution.UnnamedSpeaker);
    }

    [Theory]
    [InlineData("A man who lives nearby said he heard shouting, while Detective Inspector Ana Ruiz said officers were appealing for witnesses.")]
    [InlineData("An expert at Elm University, Jane Smith, said the water was safe.")]
    public void Resolve_UnnamedSourceBesideANamedOne_CreditsNeitherUnnamed(string paragraph)
    {
        // Arrange & Act: two sources in one paragraph, or a name set off after the description.
        var attribution = At(1, paragraph).Attribution;

        // Assert: the words are never shown as the unnamed person's.
        Assert.Null(attribution.UnnamedSpeaker);
    }
}
