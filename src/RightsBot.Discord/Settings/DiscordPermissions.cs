using System.Globalization;
using System.Numerics;

namespace RightsBot.Discord.Settings;

/// <summary>
/// Reads a member's permission bitfield as Discord sends it with an interaction (<c>member.permissions</c>): a
/// decimal string of a variable-length integer, so it is read as a <see cref="BigInteger"/>, not a 64-bit number.
/// </summary>
internal static class DiscordPermissions
{
    /// <summary>ADMINISTRATOR: every permission.</summary>
    public static readonly BigInteger Administrator = BigInteger.One << 3;

    /// <summary>MANAGE_GUILD, shown as "Manage Server" in Discord.</summary>
    public static readonly BigInteger ManageGuild = BigInteger.One << 5;

    /// <summary>True when the bitfield grants Manage Server, or Administrator (which implies it); false for anything unreadable.</summary>
    public static bool CanManageServer(string? permissions)
        => BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && !(bits & (Administrator | ManageGuild)).IsZero;
}
