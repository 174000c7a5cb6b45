using System.Formats.Tar;
using System.IO.Compression;

namespace RightsBot.Core.Tests.Scale;

/// <summary>
/// Finds the full 2016–2024 text archive for the opt-in scale tests (trait Category=Scale, left out of ./test.sh).
/// RIGHTSBOT_ARCHIVE names either the unpacked folder (holding text/&lt;year&gt;/&lt;country&gt;.txt) or
/// state-hrr-2016-2024-text.tar.gz itself, which is then unpacked once into a temporary folder.
/// </summary>
internal static class ArchivePath
{
    public const string Variable = "RIGHTSBOT_ARCHIVE";

    public const string HowToGetIt =
        "Set " + Variable + " to the unpacked 2016-2024 text archive (the folder with text/<year>/<country>.txt) " +
        "or to state-hrr-2016-2024-text.tar.gz itself, then run: dotnet test RightsBot.sln -c Release --filter Category=Scale. " +
        "The archive is not in the repository (117 MB unpacked); see docs/evaluation.md, 'Full-scale runs', for where to get it.";

    private static readonly Lazy<string> Folder = new(Resolve);

    /// <summary>The folder of per-year report folders (the archive's text/).</summary>
    public static string TextFolder => Folder.Value;

    private static string Resolve()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(given))
        {
            throw new InvalidOperationException(Variable + " is not set. " + HowToGetIt);
        }

        if (File.Exists(given))
        {
            var target = Path.Combine(Path.GetTempPath(), "rightsbot-archive-" + new FileInfo(given).Length);
            if (!Directory.Exists(Path.Combine(target, "text")))
            {
                Directory.CreateDirectory(target);
                using var file = File.OpenRead(given);
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                TarFile.ExtractToDirectory(gzip, target, overwriteFiles: true);
            }

            given = target;
        }

        var text = Path.Combine(given, "text");
        if (Directory.Exists(text))
        {
            return text;
        }

        if (Directory.Exists(given))
        {
            return given;
        }

        throw new InvalidOperationException(Variable + "=" + given + " is neither a folder nor a file. " + HowToGetIt);
    }
}
