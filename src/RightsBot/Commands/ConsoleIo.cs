namespace RightsBot.Commands;

/// <summary>The streams a command reads and writes (the process's console, or strings in tests).</summary>
/// <param name="Input">Where questions come from.</param>
/// <param name="Output">Answers and JSON.</param>
/// <param name="Error">Log lines and error messages.</param>
/// <param name="Settings">Configuration that wins over appsettings.json and the environment (tests use it).</param>
internal sealed record ConsoleIo(TextReader Input, TextWriter Output, TextWriter Error, IReadOnlyDictionary<string, string?>? Settings = null);
