using System.Text;
using RightsBot.Telegram.Countries;
using RightsBot.Telegram.Formatting;

namespace RightsBot.Telegram.Tests.Countries;

public sealed class CountryCallbackTests
{
    [Theory]
    [InlineData("cp:1a2b3c:0:", "Page", 0, 0, 0, "")]
    [InlineData("cp:1a2b3c:12:ka: z", "Page", 0, 12, 0, "ka: z")]
    [InlineData("cc:1a2b3c:6", "Country", 6, 0, 0, "")]
    [InlineData("cy:1a2b3c:6:2016", "Year", 6, 0, 2016, "")]
    [InlineData("cl:1a2b3c:0", "Latest", 0, 0, 0, "")]
    public void TryParse_EachButtonsData_ItsPartsAndTheSameDataBack(string data, string kind, int index, int page, int year, string filter)
    {
        Assert.True(CountryCallback.Owns(data));
        Assert.True(CountryCallback.TryParse(data, out var parsed));

        Assert.Equal(new CountryCallback(Enum.Parse<CountryCallbackKind>(kind), "1a2b3c", index, page, year, filter), parsed);
        Assert.Equal(data, parsed.Data);
    }

    [Fact]
    public void TryParse_Clear_ClearWithoutAVersion()
    {
        Assert.True(CountryCallback.TryParse("cx", out var parsed));

        Assert.Equal(CountryCallback.ForClear(), parsed);
        Assert.Equal("cx", CountryCallback.ForClear().Data);
    }

    [Fact]
    public void Data_Builders_TheFormatTryParseReads()
        => Assert.Equal(
            ["cp:1a2b3c:3:k", "cc:1a2b3c:6", "cy:1a2b3c:6:2016", "cl:1a2b3c:6"],
            [CountryCallback.ForPage("1a2b3c", 3, "k").Data, CountryCallback.ForCountry("1a2b3c", 6).Data,
             CountryCallback.ForYear("1a2b3c", 6, 2016).Data, CountryCallback.ForLatest("1a2b3c", 6).Data]);

    [Fact]
    public void Data_LongestFilterAndLargestNumbers_FitsTelegramsLimit()
    {
        var filter = new string('ж', CountryCallback.MaxFilterBytes / 2);
        string[] longest =
        [
            CountryCallback.ForPage("abcdef", 99_999, filter).Data,
            CountryCallback.ForYear("abcdef", 99_999, 99_999).Data,
        ];

        Assert.All(longest, d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, CallbackData.MaxBytes));
        Assert.All(longest, d => Assert.True(CountryCallback.TryParse(d, out _)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c")]
    [InlineData("cx:1")]
    [InlineData("cp:1a2b3c:1")]
    [InlineData("cc:1A2B3C:1")]
    [InlineData("cc::1")]
    [InlineData("cc:1a2b3c:")]
    [InlineData("cc:1a2b3c:-1")]
    [InlineData("cc:1a2b3c:+1")]
    [InlineData("cc:1a2b3c:01")]
    [InlineData("cc:1a2b3c: 1")]
    [InlineData("cc:1a2b3c:100000")]
    [InlineData("cc:1a2b3c:1:2")]
    [InlineData("cl:1a2b3c:1:2")]
    [InlineData("cy:1a2b3c:1")]
    [InlineData("cy:1a2b3c:1:20x6")]
    [InlineData("cpx:1a2b3c:1:")]
    [InlineData("cp:1a2b3c:0:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void TryParse_Malformed_False(string? data)
        => Assert.False(CountryCallback.TryParse(data, out _));

    [Theory]
    [InlineData("p:kz2016-p42", false)]
    [InlineData("f+:kz2016-p42", false)]
    [InlineData("f-:kz2016-p42", false)]
    [InlineData("cx", true)]
    [InlineData("cc:000000:1", true)]
    public void Owns_OtherButtonsData_OnlyCountryButtons(string data, bool owned)
        => Assert.Equal(owned, CountryCallback.Owns(data));
}
