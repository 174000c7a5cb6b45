using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace RightsBot.Discord.Settings;

/// <summary>
/// Each Discord server's default country (<c>/settings</c>), in SQLite: <c>discord.db</c> under
/// <c>Discord:StatePath</c>. A row is keyed by the server (guild) id alone and holds only the country: no user id,
/// user name or channel id is ever written, and a server without a setting has no row at all.
/// </summary>
internal sealed class DiscordServerSettingsStore(IOptions<DiscordOptions> options)
{
    public const string FileName = "discord.db";

    /// <summary>The one table; <c>WITHOUT ROWID</c> because the guild id already is the key.</summary>
    internal const string TableName = "server_settings";

    private const string Schema = $"""
        CREATE TABLE IF NOT EXISTS {TableName} (
            guild_id TEXT NOT NULL PRIMARY KEY,
            default_country TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    /// <summary>Discord's option values are at most 100 characters; a longer name is not a country.</summary>
    private const int MaxCountryLength = 100;

    /// <summary>The database file.</summary>
    public string FilePath => Path.Combine(options.Value.StatePath, FileName);

    /// <summary>The server's default country, or null when it has none (or nothing was ever saved).</summary>
    public async Task<string?> GetDefaultCountryAsync(string guildId, CancellationToken cancellationToken = default)
    {
        RequireGuildId(guildId);

        // Reading never creates the folder or the file: a bot whose servers never use /settings writes nothing.
        if (!File.Exists(FilePath))
        {
            return null;
        }

        return await RunAsync(
            $"SELECT default_country FROM {TableName} WHERE guild_id = $guild",
            guildId,
            null,
            async (command, ct) => await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets (or replaces) the server's default country; creates the folder and file when missing.</summary>
    public async Task SetDefaultCountryAsync(string guildId, string country, CancellationToken cancellationToken = default)
    {
        RequireGuildId(guildId);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(country.Length, MaxCountryLength, nameof(country));

        Directory.CreateDirectory(options.Value.StatePath);
        const string Upsert = $"""
            INSERT INTO {TableName} (guild_id, default_country) VALUES ($guild, $country)
            ON CONFLICT (guild_id) DO UPDATE SET default_country = excluded.default_country
            """;
        await RunAsync(Upsert, guildId, country, (command, ct) => command.ExecuteNonQueryAsync(ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the server's row; true when it had a default country.</summary>
    public async Task<bool> ClearDefaultCountryAsync(string guildId, CancellationToken cancellationToken = default)
    {
        RequireGuildId(guildId);
        return File.Exists(FilePath)
            && await RunAsync($"DELETE FROM {TableName} WHERE guild_id = $guild", guildId, null, (command, ct) => command.ExecuteNonQueryAsync(ct), cancellationToken).ConfigureAwait(false) > 0;
    }

    // One statement on a connection of its own, with the server id (and the country) as parameters, never in the text.
    private async Task<T> RunAsync<T>(string sql, string guildId, string? country, Func<SqliteCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$guild", guildId);
            if (country is not null)
            {
                command.Parameters.AddWithValue("$country", country);
            }

            return await run(command, cancellationToken).ConfigureAwait(false);
        }
    }

    // No connection pool: each call opens the file anew, so a file deleted or restored from a backup while the bot
    // runs is the one used next (a pooled connection would keep writing to the old one), and the idempotent schema
    // statement gives a new file its table. Opening a small local file costs well under a millisecond.
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var schema = connection.CreateCommand();
            schema.CommandText = Schema;
            await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void RequireGuildId(string guildId)
    {
        if (!DiscordOptionsValidator.IsSnowflake(guildId))
        {
            throw new ArgumentException("A Discord server id is a number of at most 20 digits.", nameof(guildId));
        }
    }
}
