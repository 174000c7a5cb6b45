using System.CommandLine;
using RightsBot.Core.Corpus;

namespace RightsBot.Commands;

/// <summary>The command line: chat (default), ask, index, eval, reports fetch, serve. Exit codes 0 ok, 1 failure, 2 bad usage or configuration.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
        => RunAsync(args, new ConsoleIo(input, output, error), cancellationToken);

    /// <summary>Runs with <see cref="ConsoleIo.Settings"/> layered over the configuration (tests use it).</summary>
    public static async Task<int> RunAsync(string[] args, ConsoleIo io, CancellationToken cancellationToken = default)
    {
        var (output, error) = (io.Output, io.Error);
        var root = new RootCommand("RightsBot answers questions about the U.S. State Department's human rights reports, with citations.");
        var chat = ChatCommand.Create(io);
        root.Subcommands.Add(chat);
        root.Subcommands.Add(AskCommand.Create(io));
        root.Subcommands.Add(IndexCommand.Create(io));
        root.Subcommands.Add(EvalCommand.Create(io));
        root.Subcommands.Add(ReportsCommand.Create(io));

        var serve = ServeCommand.Create(io);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(DiscordCommand.Create(io));
        root.SetAction((parseResult, ct) => chat.Action is System.CommandLine.Invocation.AsynchronousCommandLineAction a
            ? a.InvokeAsync(parseResult, ct)
            : Task.FromResult(Ok));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {parseResult.Errors[0].Message} (see --help)").ConfigureAwait(false);
            return Usage;
        }

        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            if (parseResult.CommandResult.Command == serve)
            {
                // The host handles SIGTERM and Ctrl+C itself and takes Host:ShutdownSeconds to finish the answers in
                // flight; System.CommandLine's own handling would end the process 2 seconds after the signal.
                config.ProcessTerminationTimeout = null;
            }

            return await parseResult.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (CorpusFormatException ex)
        {
            await error.WriteLineAsync($"error: corpus: {ex.Message}. Put report files (.txt or .html) in the folder named by Corpus:Path, or pass --corpus PATH.").ConfigureAwait(false);
            return Usage;
        }
        catch (Exception ex) when (ConfigurationError.Matches(ex))
        {
            await error.WriteLineAsync($"error: configuration: {ConfigurationError.Describe(ex)} Fix appsettings.json or the environment variable.").ConfigureAwait(false);
            return Usage;
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return Usage;
        }
        catch (OperationCanceledException)
        {
            return Failure;
        }
    }
}
