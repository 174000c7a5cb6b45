using System.Text;
using RightsBot.Core.Answering;
using RightsBot.Core.Conversation;

namespace RightsBot.Commands;

/// <summary>Renders answers, sources and passages as plain console text.</summary>
internal static class ConsoleAnswerFormatter
{
    public static string Format(Answer answer)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Text);
        if (answer.Hint is not null)
        {
            sb.AppendLine().AppendLine(answer.Hint);
        }

        if (answer.Sources.Count > 0)
        {
            var texts = BotTexts.For(answer.ReplyLanguage);
            sb.AppendLine().AppendLine(texts["console-sources"]);
            foreach (var s in answer.Sources)
            {
                sb.AppendLine(s.Citation);
            }

            if (texts.QuotesNote is { } note)
            {
                sb.AppendLine().AppendLine(note);
            }
        }

        return sb.ToString();
    }

    /// <summary>The numbered label, the link to the passage on the report's page (when known), then the whole passage.</summary>
    public static string Format(PassageView passage, int rank)
    {
        var nl = Environment.NewLine;
        var link = passage.Url is null ? string.Empty : passage.Url + nl;
        return $"{CitationLabel.Numbered(rank, passage.Label)}{nl}{link}{nl}{passage.Text}{nl}";
    }
}
