namespace Bot.Core.Articles;

/// <summary>The word lists attribution reads: reporting verbs, nouns for unnamed people and for bodies.</summary>
internal static class SpeakerWords
{
    /// <summary>Verbs that report speech or writing, in the forms news uses.</summary>
    public const string Cues =
        "said|says|wrote|writes|added|adds|explained|explains|warned|warns|told|tells|noted|notes|stated|states|"
        + "argued|argues|posted|tweeted|insisted|insists|claimed|claims|asserted|replied|responded|demanded|demands|"
        + "declared|declares|continued|concluded|recalled|acknowledged|admitted|emphasised|emphasized|stressed|"
        + "remarked|observed|urged|cautioned|predicted|announced|countered|conceded|disputed|disputes|denied|denies|"
        + "rejected|rejects|dismissed|dismisses|agreed|agrees|disagreed|disagrees|suggested|suggests|maintained|"
        + "maintains|questioned|questions|accused|accuses|called|yelled|shouted|chanted|quipped|asked|asks|"
        + "described|describes|confirmed|confirms";

    /// <summary>
    /// True for a verb that reports what someone said, so that a sentence without quotes is a paraphrase of its
    /// subject ("X warned that …"); not "called", "asked", "responded", which tell of acts as often as of words.
    /// </summary>
    public static bool IsSpeechVerb(string verb) => verb.ToLowerInvariant() is
        "said" or "says" or "told" or "tells" or "added" or "adds" or "warned" or "warns" or "explained" or "explains"
        or "noted" or "notes" or "stated" or "states" or "argued" or "argues" or "insisted" or "insists" or "claimed"
        or "claims" or "announced" or "wrote" or "writes" or "posted" or "tweeted" or "acknowledged" or "admitted"
        or "confirmed" or "confirms" or "denied" or "denies" or "predicted" or "suggested" or "suggests" or "stressed"
        or "emphasised" or "emphasized" or "disputed" or "disputes" or "conceded" or "cautioned" or "declared"
        or "maintained" or "maintains" or "asserted" or "urged" or "urges";

    /// <summary>Verbs that may stand before their subject after a quote ("…," said Ana Ruiz).</summary>
    public const string InvertedCues =
        "said|says|wrote|writes|added|adds|explained|warned|noted|stated|argued|insisted|continued|concluded|"
        + "declared|asserted|remarked|observed|asked|replied|recalled";

    /// <summary>Nouns for people an article may leave unnamed ("a resident", "another neighbour").</summary>
    public const string PersonNouns =
        "woman|man|person|neighbour|neighbor|resident|witness|patient|friend|relative|mother|father|"
        + "wife|husband|son|daughter|sister|brother|girl|boy|teenager|student|worker|official|officer|source|"
        + "spokesman|spokeswoman|spokesperson|survivor|passenger|driver|shopper|customer|protester|protestor|"
        + "farmer|doctor|nurse|teacher|parent|villager|local|refugee|migrant|victim|runner|fan|voter|member|"
        + "employee|owner|guest|visitor|onlooker|bystander|colleague|one";

    /// <summary>Offices held by people whom an article may leave unnamed: "a minister for …", "an official at …".</summary>
    public const string OfficeNouns =
        "minister|lawmaker|legislator|senator|diplomat|adviser|advisor|aide|executive|lawyer|attorney|prosecutor|"
        + "judge|analyst|expert|economist|activist|campaigner|organiser|organizer|representative|official|officer|"
        + "source|member|employee|worker|director|manager";

    /// <summary>Nouns that refer back to a named body ("the force" after "Northvale Police said").</summary>
    public const string OrganisationHeads =
        "force|police|company|firm|ministry|department|agency|group|organisation|organization|association|charity|"
        + "council|government|union|party|commission|committee|campaign|authority|service|board|bank|body|"
        + "watchdog|regulator|club|team|hospital|university|school|airline|retailer|manufacturer|network|website";

    /// <summary>Nouns that may refer back to any body that spoke, whatever its name ("the force", "the company").</summary>
    public static bool IsGenericBody(string noun) =>
        noun.ToLowerInvariant() is "force" or "police" or "company" or "firm" or "group" or "organisation" or "organization" or "agency" or "body";

    /// <summary>The gender a noun for a person gives.</summary>
    public static Gender NounGender(string noun) => noun.ToLowerInvariant() switch
    {
        "woman" or "women" or "mother" or "wife" or "daughter" or "sister" or "girl" or "spokeswoman" => Gender.Female,
        "man" or "men" or "father" or "husband" or "son" or "brother" or "boy" or "spokesman" => Gender.Male,
        _ => Gender.Unknown,
    };
}
