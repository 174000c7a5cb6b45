using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;
using RightsBot.Discord.FollowUps;
using RightsBot.Discord.Models;

namespace RightsBot.Discord.Formatting;

/// <summary>
/// The action rows under an answer: a "Paragraph [n]" button per source (five to a row), then the "Other years of
/// this report" select menu (a row of its own, as Discord requires) and the "Latest report" button, within
/// Discord's five rows.
/// </summary>
internal static class DiscordAnswerComponents
{
    /// <summary>The rows, or null when there is nothing to press; labels in <paramref name="texts"/>' language.</summary>
    public static List<DiscordComponent>? Build(IReadOnlyList<AnswerSource> sources, DiscordReaskMenu? menu, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var reaskRows = menu is null ? [] : ReaskRows(menu, texts);
        var passageRows = sources
            .Select(s => (s.Rank, Id: DiscordPassageButtonId.Create(s.Rank, s.PassageId)))
            .Where(b => b.Id is not null)
            .Select(b => DiscordComponent.Button(texts.Format("discord-paragraph", b.Rank), b.Id!))
            .Chunk(DiscordComponent.MaxButtonsPerRow)
            .Take(DiscordComponent.MaxRows - reaskRows.Count)
            .Select(row => DiscordComponent.ActionRow(row));
        List<DiscordComponent> rows = [.. passageRows, .. reaskRows];
        return rows.Count == 0 ? null : rows;
    }

    private static List<DiscordComponent> ReaskRows(DiscordReaskMenu menu, BotTexts texts)
    {
        var rows = new List<DiscordComponent>(2);
        if (menu.Years.Count > 0)
        {
            var country = menu.Country.Replace(",", ", ", StringComparison.Ordinal);
            var options = menu.Years
                .Take(DiscordComponent.MaxSelectOptions)
                .Select(year =>
                {
                    var value = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return new DiscordSelectOption(value, value, DiscordText.Truncate(CitationLabel.Report(country, year), DiscordComponent.MaxOptionTextLength));
                })
                .ToList();
            rows.Add(DiscordComponent.ActionRow([DiscordComponent.StringSelect(DiscordReaskId.Create(DiscordReaskKind.Year, menu.Token), texts["discord-other-years"], options)]));
        }

        rows.Add(DiscordComponent.ActionRow([DiscordComponent.Button(texts["latest-report-button"], DiscordReaskId.Create(DiscordReaskKind.Latest, menu.Token), disabled: !menu.LatestEnabled)]));
        return rows;
    }
}
