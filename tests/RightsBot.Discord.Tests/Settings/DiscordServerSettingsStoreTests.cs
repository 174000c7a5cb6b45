using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using RightsBot.Discord.Settings;
using RightsBot.Discord.Tests.TestSupport;

namespace RightsBot.Discord.Tests.Settings;

public sealed class DiscordServerSettingsStoreTests : IDisposable
{
    private const string Guild = "290926798626357999";
    private const string OtherGuild = "81384788765712384";

    private readonly TempFolder _folder = new();
    private readonly DiscordServerSettingsStore _store;

    public DiscordServerSettingsStoreTests()
    {
        // A folder two levels deep that does not exist yet: the store makes it on the first save.
        _store = new DiscordServerSettingsStore(Options.Create(new DiscordOptions { StatePath = Path.Combine(_folder.Path, "state", "discord") }));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GetDefaultCountryAsync_NothingSaved_NullAndNoFolderCreated()
    {
        Assert.Null(await _store.GetDefaultCountryAsync(Guild));
        Assert.False(await _store.ClearDefaultCountryAsync(Guild));

        Assert.False(Directory.Exists(_folder.Path));
    }

    [Fact]
    public async Task SetDefaultCountryAsync_MissingFolder_CreatesItAndKeepsTheCountryPerServer()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");
        await _store.SetDefaultCountryAsync(OtherGuild, "Brazil");

        Assert.True(File.Exists(_store.FilePath));
        Assert.Equal("Kazakhstan", await _store.GetDefaultCountryAsync(Guild));
        Assert.Equal("Brazil", await _store.GetDefaultCountryAsync(OtherGuild));
    }

    [Fact]
    public async Task SetDefaultCountryAsync_Twice_ReplacesTheCountry()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");
        await _store.SetDefaultCountryAsync(Guild, "Kenya");

        Assert.Equal("Kenya", await _store.GetDefaultCountryAsync(Guild));
        Assert.Equal([(Guild, "Kenya")], await ReadRowsAsync());
    }

    [Fact]
    public async Task ClearDefaultCountryAsync_Saved_RemovesTheRowAndSaysSo()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");

        Assert.True(await _store.ClearDefaultCountryAsync(Guild));
        Assert.False(await _store.ClearDefaultCountryAsync(Guild));

        Assert.Null(await _store.GetDefaultCountryAsync(Guild));
        Assert.Empty(await ReadRowsAsync());
    }

    [Fact]
    public async Task Schema_HoldsTheServerIdAndCountryOnly()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");

        await using var connection = await OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        command.CommandText = "SELECT name FROM pragma_table_info('server_settings') ORDER BY cid";
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["server_settings"], tables);
        Assert.Equal(["guild_id", "default_country"], columns);
    }

    [Fact]
    public async Task FileDeletedWhileRunning_NextSaveMakesItAgain()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");
        File.Delete(_store.FilePath);

        Assert.Null(await _store.GetDefaultCountryAsync(Guild));
        await _store.SetDefaultCountryAsync(Guild, "Kenya");

        Assert.Equal("Kenya", await _store.GetDefaultCountryAsync(Guild));
        Assert.Equal([(Guild, "Kenya")], await ReadRowsAsync());
    }

    [Fact]
    public async Task FileRestoredWhileRunning_TheRestoredSettingIsRead()
    {
        await _store.SetDefaultCountryAsync(Guild, "Kazakhstan");
        var backup = Path.Combine(_folder.Path, "backup.db");
        File.Copy(_store.FilePath, backup);
        await _store.SetDefaultCountryAsync(Guild, "Kenya");

        File.Copy(backup, _store.FilePath, overwrite: true);

        Assert.Equal("Kazakhstan", await _store.GetDefaultCountryAsync(Guild));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-server")]
    [InlineData("123456789012345678901")]
    public async Task AnyCall_NotAServerId_ThrowsAndWritesNothing(string guildId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SetDefaultCountryAsync(guildId, "Kazakhstan"));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.GetDefaultCountryAsync(guildId));

        Assert.False(Directory.Exists(_folder.Path));
    }

    internal static async Task<List<(string Guild, string Country)>> ReadRowsAsync(string filePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = filePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT guild_id, default_country FROM server_settings ORDER BY guild_id";
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private Task<List<(string Guild, string Country)>> ReadRowsAsync() => ReadRowsAsync(_store.FilePath);

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.FilePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
