using System.Text;
using RightsBot.Core.Answering;

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
            sb.AppendLine().AppendLine("Sources:");
            foreach (var s in answer.Sources)
            {
                sb.AppendLine(s.Citation);
            }
        }

        return sb.ToString();
    }

    public static string Format(PassageView passage, int rank)
        => $"{CitationLabel.Numbered(rank, passage.Label)}{Environment.NewLine}{Environment.NewLine}{passage.Text}{Environment.NewLine}";
}
