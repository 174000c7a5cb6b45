using System.Text;
using Microsoft.Extensions.Logging;

namespace RightsBot.Core.Corpus;

/// <summary>
/// Loads every .txt and .html report under a folder (or one file). A file that is empty, binary, not UTF-8,
/// unreadable or not a report is skipped with one warning naming it; the rest loads.
/// </summary>
public sealed class CorpusLoader(ILogger<CorpusLoader> logger)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The report files under <paramref name="path"/> (a folder, searched recursively, or one file), in a stable order.</summary>
    public static IReadOnlyList<string> FindFiles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (!Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(IsReportFile)
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Loads the corpus; throws <see cref="CorpusFormatException"/> when nothing at all could be loaded.</summary>
    public ReportCorpus Load(string path, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var files = FindFiles(path);
        var root = File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : Path.GetFullPath(path);
        var builder = new ReportCorpusBuilder();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var relative = Path.GetRelativePath(root, file);
            try
            {
                var parsed = ParseFile(file);
                if (parsed.Passages.Count == 0)
                {
                    logger.LogWarning("Skipped corpus file {File}: no report text found in it", relative);
                }
                else
                {
                    builder.Add(parsed, relative);
                }
            }
            catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Skipped corpus file {File}: {Reason}", relative, ex.Message);
            }

            progress?.Report((i + 1) / (double)files.Count);
        }

        if (builder.ReportCount == 0)
        {
            throw new CorpusFormatException(files.Count == 0
                ? $"no report files (.txt or .html) found at '{path}'"
                : $"none of the {files.Count} files at '{path}' could be read as a report");
        }

        return builder.Build();
    }

    /// <summary>Reads and parses one file, or throws <see cref="CorpusFormatException"/> saying why it is not a report.</summary>
    internal static ParsedReport ParseFile(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var text = DecodeText(bytes);
        var isHtml = Path.GetExtension(file).StartsWith(".htm", StringComparison.OrdinalIgnoreCase);
        if (!isHtml)
        {
            return ReportTextParser.Parse(ReportTextParser.SplitBlocks(text), file);
        }

        var page = HtmlReportConverter.Read(text);
        if (page.Blocks.Count == 0)
        {
            throw new CorpusFormatException("no <section class=\"report__main\"> in the page");
        }

        return ReportTextParser.Parse(page.Blocks, file, page.CanonicalUrl);
    }

    /// <summary>Decodes strict UTF-8, rejecting empty and binary content with a reason.</summary>
    internal static string DecodeText(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new CorpusFormatException("the file is empty");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new CorpusFormatException("the file is binary, not text");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CorpusFormatException("the file is not UTF-8 text");
        }
    }

    private static bool IsReportFile(string file)
    {
        var ext = Path.GetExtension(file);
        return ext.Equals(".txt", StringComparison.OrdinalIgnoreCase)
               || ext.Equals(".html", StringComparison.OrdinalIgnoreCase)
               || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }
}
