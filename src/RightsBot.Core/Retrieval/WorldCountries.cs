namespace RightsBot.Core.Retrieval;

/// <summary>
/// The countries and territories the State Department reports on, so that a question about one the corpus
/// lacks ("France") is answered "I have no report for France" instead of with another country's paragraph.
/// </summary>
internal static class WorldCountries
{
    public static readonly IReadOnlyList<string> Names =
    [
        "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina", "armenia",
        "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize",
        "benin", "bhutan", "bolivia", "bosnia and herzegovina", "botswana", "brazil", "brunei", "bulgaria",
        "burkina faso", "burundi", "cote d ivoire", "cabo verde", "cambodia", "cameroon", "canada",
        "central african republic", "chad", "chile", "china", "colombia", "comoros", "costa rica", "croatia", "cuba",
        "cyprus", "czech republic", "democratic republic of the congo", "denmark", "djibouti", "dominica",
        "dominican republic", "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia",
        "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "georgia", "germany", "ghana", "greece",
        "grenada", "guatemala", "guinea bissau", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland",
        "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan",
        "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyz republic", "laos", "latvia", "lebanon",
        "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "marshall islands", "mauritius", "mexico", "micronesia", "moldova",
        "monaco", "mongolia", "montenegro", "morocco", "mozambique", "namibia", "nauru", "nepal", "new zealand",
        "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan", "palau",
        "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania",
        "russia", "rwanda", "saint kitts and nevis", "saint lucia", "saint vincent and the grenadines", "samoa",
        "san marino", "sao tome and principe", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone",
        "singapore", "slovakia", "slovenia", "solomon islands", "somalia", "south africa", "south korea",
        "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
        "tajikistan", "tanzania", "thailand", "bahamas", "gambia", "netherlands", "timor leste", "togo", "tonga",
        "trinidad and tobago", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine",
        "united arab emirates", "united kingdom", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam",
        "yemen", "zambia", "zimbabwe", "burma", "united states", "mauritania", "republic of the congo", "western sahara",
        "cook islands", "niue",
    ];
}
