using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RightsBot.Telegram.Webhook;

/// <summary>Checks X-Telegram-Bot-Api-Secret-Token in constant time (hashing first hides the length too).</summary>
internal sealed class SecretTokenValidator(IOptions<TelegramOptions> options)
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";
    private readonly byte[]? _expected = string.IsNullOrEmpty(options.Value.SecretToken)
        ? null
        : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SecretToken));

    public bool IsValid(string? presented)
    {
        if (_expected is null || presented is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(_expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
