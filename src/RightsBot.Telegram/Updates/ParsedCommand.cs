namespace RightsBot.Telegram.Updates;

/// <summary>A bot command from a message: "/ask@RightsBot what …" is ("ask", "what …").</summary>
/// <param name="Name">Lower-case command name without the slash.</param>
/// <param name="Arguments">The rest of the message, trimmed.</param>
/// <param name="ForOtherBot">True when the command names another bot ("/start@OtherBot").</param>
internal sealed record ParsedCommand(string Name, string Arguments, bool ForOtherBot);
