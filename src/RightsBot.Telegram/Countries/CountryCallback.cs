using System.Globalization;
using System.Text;
using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Countries;

/// <summary>
/// The callback_data of a <c>/country</c> button, within Telegram's 64 bytes: countries by their index in the
/// <see cref="CountryCatalog"/> of <see cref="Version"/>, e.g. <c>cy:1a2b3c:6:2016</c> (Kazakhstan's 2016 report),
/// <c>cp:1a2b3c:1:ka</c> (the second page of the countries matching "ka"), <c>cx</c> (clear). Every other button's
/// data starts otherwise ("p:", "f+:", "f-:").
/// </summary>
/// <param name="Kind">What the button does.</param>
/// <param name="Version">The catalog the index belongs to; empty for <see cref="CountryCallbackKind.Clear"/>.</param>
/// <param name="Index">The country's index in the catalog (Country, Year, Latest).</param>
/// <param name="Page">The page to show, from 0 (Page).</param>
/// <param name="Year">The chosen year (Year).</param>
/// <param name="Filter">The words the list was narrowed by (Page); empty for the whole list.</param>
internal sealed record CountryCallback(CountryCallbackKind Kind, string Version = "", int Index = 0, int Page = 0, int Year = 0, string Filter = "")
{
    /// <summary>The longest narrowing text (UTF-8 bytes) a page button carries: with the rest it stays within 64.</summary>
    public const int MaxFilterBytes = 40;

    private const string ClearData = "cx";
    private const int MaxNumber = 99_999;

    public static CountryCallback ForPage(string version, int page, string filter) => new(CountryCallbackKind.Page, version, Page: page, Filter: filter);

    public static CountryCallback ForCountry(string version, int index) => new(CountryCallbackKind.Country, version, index);

    public static CountryCallback ForYear(string version, int index, int year) => new(CountryCallbackKind.Year, version, index, Year: year);

    public static CountryCallback ForLatest(string version, int index) => new(CountryCallbackKind.Latest, version, index);

    public static CountryCallback ForClear() => new(CountryCallbackKind.Clear);

    /// <summary>True when the data belongs to the <c>/country</c> keyboard (well formed or not).</summary>
    public static bool Owns(string? data) => data is { Length: >= 2 } && data[0] == 'c' && data[1] is 'p' or 'c' or 'y' or 'l' or 'x';

    /// <summary>Reads button data; false for anything malformed (a forged or damaged button).</summary>
    public static bool TryParse(string? data, out CountryCallback callback)
    {
        callback = ForClear();
        if (data is null || Encoding.UTF8.GetByteCount(data) > CallbackData.MaxBytes || !Owns(data))
        {
            return false;
        }

        if (data == ClearData)
        {
            return true;
        }

        var parts = data.Split(':', data[1] == 'p' ? 4 : 5);
        if (parts[0].Length != 2 || parts.Length < 3 || !IsVersion(parts[1]) || !TryNumber(parts[2], out var number))
        {
            return false;
        }

        var version = parts[1];
        switch (parts[0][1], parts.Length)
        {
            case ('p', 4) when Encoding.UTF8.GetByteCount(parts[3]) <= MaxFilterBytes:
                callback = ForPage(version, number, parts[3]);
                return true;
            case ('c', 3):
                callback = ForCountry(version, number);
                return true;
            case ('l', 3):
                callback = ForLatest(version, number);
                return true;
            case ('y', 4) when TryNumber(parts[3], out var year):
                callback = ForYear(version, number, year);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The button's data, at most 64 bytes.</summary>
    public string Data => Kind switch
    {
        CountryCallbackKind.Page => string.Create(CultureInfo.InvariantCulture, $"cp:{Version}:{Page}:{Filter}"),
        CountryCallbackKind.Country => string.Create(CultureInfo.InvariantCulture, $"cc:{Version}:{Index}"),
        CountryCallbackKind.Year => string.Create(CultureInfo.InvariantCulture, $"cy:{Version}:{Index}:{Year}"),
        CountryCallbackKind.Latest => string.Create(CultureInfo.InvariantCulture, $"cl:{Version}:{Index}"),
        _ => ClearData,
    };

    private static bool IsVersion(string text) => text.Length is > 0 and <= 16 && text.All(char.IsAsciiHexDigitLower);

    // Plain digits only: no sign, no spaces, no leading zeros to make two spellings of one button.
    private static bool TryNumber(string text, out int number)
    {
        number = 0;
        return text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number <= MaxNumber;
    }
}
