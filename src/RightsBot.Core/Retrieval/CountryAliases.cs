namespace RightsBot.Core.Retrieval;

/// <summary>
/// Other names people use for a country: demonyms ("Kazakh"), common short forms ("Kyrgyzstan" for the Kyrgyz
/// Republic) and old names. Keys and values are lower case; the key is the report's country name.
/// </summary>
internal static class CountryAliases
{
    public static readonly IReadOnlyDictionary<string, string[]> ByCountry = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["afghanistan"] = ["afghan", "afghans", "afghani"],
        ["brazil"] = ["brazilian", "brazilians", "brasil"],
        ["burma"] = ["myanmar", "burmese"],
        ["china"] = ["chinese", "prc"],
        ["colombia"] = ["colombian", "colombians"],
        ["egypt"] = ["egyptian", "egyptians"],
        ["france"] = ["french"],
        ["germany"] = ["german", "germans"],
        ["india"] = ["indian", "indians"],
        ["iran"] = ["iranian", "iranians"],
        ["iraq"] = ["iraqi", "iraqis"],
        ["japan"] = ["japanese"],
        ["kazakhstan"] = ["kazakh", "kazakhs", "kazakhstani", "kazakhstanis", "qazaqstan", "kz"],
        ["kenya"] = ["kenyan", "kenyans"],
        ["kyrgyz republic"] = ["kyrgyzstan", "kyrgyz", "kyrgyzstani", "kirghizia", "kirgizstan"],
        ["mexico"] = ["mexican", "mexicans"],
        ["nigeria"] = ["nigerian", "nigerians"],
        ["north korea"] = ["dprk", "north korean"],
        ["pakistan"] = ["pakistani", "pakistanis"],
        ["russia"] = ["russian", "russians", "russian federation"],
        ["south korea"] = ["republic of korea", "south korean"],
        ["tajikistan"] = ["tajik", "tajiks"],
        ["turkey"] = ["turkish", "turkiye", "türkiye"],
        ["turkmenistan"] = ["turkmen"],
        ["ukraine"] = ["ukrainian", "ukrainians"],
        ["united kingdom"] = ["uk", "britain", "british", "great britain", "england"],
        ["uzbekistan"] = ["uzbek", "uzbeks", "uzbekistani"],
        ["venezuela"] = ["venezuelan", "venezuelans"],
        ["vietnam"] = ["vietnamese", "viet nam"],
    };

    /// <summary>
    /// Aliases that are other names of the country itself, not adjectives or peoples: a question's "Kazakh"
    /// may be about the language, so only names are taken out of the query once they chose the scope.
    /// </summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "myanmar", "brasil", "prc", "qazaqstan", "kz", "kyrgyzstan", "kirghizia", "kirgizstan", "dprk",
        "russian federation", "republic of korea", "turkiye", "türkiye", "uk", "britain", "great britain", "england", "viet nam",
    };
}
