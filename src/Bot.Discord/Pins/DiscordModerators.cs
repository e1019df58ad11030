using System.Globalization;
using System.Numerics;
using Bot.Discord.Dtos;

namespace Bot.Discord.Pins;

/// <summary>
/// Who may pin: a member whose channel permissions include PIN_MESSAGES (1&lt;&lt;51, split from MANAGE_MESSAGES in
/// 2025, https://docs.discord.com/developers/change-log) or ADMINISTRATOR, or who holds a configured moderator role.
/// </summary>
internal static class DiscordModerators
{
    public const ulong Administrator = 1UL << 3;
    public const ulong PinMessages = 1UL << 51;

    /// <summary>True for a moderator; false in DMs (no member) and for unreadable permission strings.</summary>
    public static bool IsModerator(DiscordMember? member, IEnumerable<string> moderatorRoleIds)
    {
        if (member is null)
        {
            return false;
        }

        // Permission sets are decimal strings that will outgrow 64 bits; the docs recommend a big integer.
        if (BigInteger.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && !(permissions & (PinMessages | Administrator)).IsZero)
        {
            return true;
        }

        return member.Roles is { } roles && roles.Intersect(moderatorRoleIds, StringComparer.Ordinal).Any();
    }
}
