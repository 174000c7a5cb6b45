namespace RightsBot.Commands;

/// <summary>The streams a command reads and writes (the process's console, or strings in tests).</summary>
internal sealed record ConsoleIo(TextReader Input, TextWriter Output, TextWriter Error);
