using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RightsBot.Core.Conversation;

namespace RightsBot.Discord.FollowUps;

/// <summary>
/// The questions behind answers' year menus and "Latest report" buttons, each under a short random token, in memory
/// only and for <c>Conversation:MinutesToKeep</c> minutes: never written to disk, never logged; a restart forgets
/// them, and their buttons then say the answer is too old.
/// </summary>
internal sealed class DiscordReaskStore(IOptions<ConversationOptions> options, TimeProvider timeProvider)
{
    /// <summary>A token is 12 random bytes, 16 characters of base64url: unguessable, and short in a custom_id.</summary>
    public const int TokenLength = 16;

    /// <summary>At most this many answers are kept; past it the oldest go first (a flood must not fill memory).</summary>
    internal const int MaxEntries = 20_000;

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = timeProvider.GetUtcNow();

    /// <summary>How many answers are kept (for tests; never their contents).</summary>
    public int Count => _entries.Count;

    /// <summary>Keeps <paramref name="reask"/> and returns its new token.</summary>
    public string Remember(DiscordReask reask)
    {
        ArgumentNullException.ThrowIfNull(reask);
        var now = timeProvider.GetUtcNow();
        Sweep(now);
        var token = NewToken();
        _entries[token] = new Entry(reask, now + TimeSpan.FromMinutes(options.Value.MinutesToKeep));
        return token;
    }

    /// <summary>The re-ask behind a token; false when it is unknown or older than <c>Conversation:MinutesToKeep</c>.</summary>
    public bool TryGet(string token, out DiscordReask reask)
    {
        reask = null!;
        if (!_entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (entry.Until <= timeProvider.GetUtcNow())
        {
            _entries.TryRemove(KeyValuePair.Create(token, entry));
            return false;
        }

        reask = entry.Reask;
        return true;
    }

    /// <summary>True for text shaped like a token (base64url, <see cref="TokenLength"/> characters).</summary>
    public static bool IsToken(string? text)
        => text is { Length: TokenLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    // Expired answers are dropped once a minute at most; at the cap, the tenth expiring first goes too, so that a
    // flood sorts the table once per 2,000 answers rather than on every one.
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep >= SweepEvery)
        {
            _lastSweep = now;
            foreach (var (key, value) in _entries)
            {
                if (value.Until <= now)
                {
                    _entries.TryRemove(KeyValuePair.Create(key, value));
                }
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            foreach (var (key, value) in _entries.OrderBy(e => e.Value.Until).Take(MaxEntries / 10).ToList())
            {
                _entries.TryRemove(KeyValuePair.Create(key, value));
            }
        }
    }

    private sealed record Entry(DiscordReask Reask, DateTimeOffset Until);
}
