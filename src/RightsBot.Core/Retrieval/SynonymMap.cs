namespace RightsBot.Core.Retrieval;

/// <summary>
/// The words people use for what the reports call otherwise ("cops" for police, "jail" for prison, "gay" for
/// LGBTI). A question's words are expanded with these at a lower weight; the reports' own words always count
/// more. General vocabulary of the reports' topics — not tied to any question.
/// </summary>
internal static class SynonymMap
{
    public static readonly IReadOnlyDictionary<string, string[]> Expansions = Build(
    [
        ["cop", "police"], ["cops", "police"], ["policeman", "police"], ["policemen", "police"], ["officers", "police"],
        ["jail", "prison detention"], ["jails", "prison detention"], ["jailed", "imprisoned detained sentenced"],
        ["prisons", "prison"], ["inmate", "prisoner"], ["inmates", "prisoners"], ["guard", "officer"], ["guards", "officers"],
        ["locked", "detained"], ["lockup", "detention"], ["imprisoned", "detained prison"], ["behind bars", "imprisoned prison"],
        ["beat", "beaten abuse torture"], ["beating", "beaten abuse torture"], ["hit", "beaten violence"],
        ["protest", "demonstration assembly rally"], ["protests", "demonstrations assembly rallies"],
        ["protesters", "demonstrators participants"], ["rally", "demonstration assembly protest"],
        ["rallies", "demonstrations assembly protests"], ["march", "demonstration"], ["demo", "demonstration"], ["demos", "demonstrations"],
        ["journalist", "reporter media"], ["journalists", "reporters media"], ["reporter", "journalist media"],
        ["reporters", "journalists media"], ["press", "media journalists"], ["newspaper", "media print"],
        ["newspapers", "media print"], ["tv", "television broadcast"], ["news", "media"],
        ["blogger", "journalist online"], ["internet", "online"], ["online", "internet"], ["web", "internet"],
        ["websites", "internet sites"], ["sites", "websites"], ["censored", "censorship blocked"],
        ["blocked", "blocking restricted"], ["shut", "blocked restricted"],
        ["gay", "LGBTI sexual orientation same-sex"], ["gays", "LGBTI sexual orientation"], ["lesbian", "LGBTI"],
        ["lgbt", "LGBTI"], ["lgbtq", "LGBTI"], ["trans", "transgender"], ["queer", "LGBTI"], ["homosexual", "LGBTI same-sex"],
        ["people", "persons individuals"], ["kid", "child children"], ["kids", "children child"], ["minors", "children"], ["teen", "children youth"],
        ["teens", "children youth"], ["girls", "women children"], ["wife", "women spouse"], ["wives", "women spouses"],
        ["women", "gender"], ["abuse", "violence"], ["abusive", "violence abuse"], ["batter", "domestic violence"],
        ["rape", "sexual violence"], ["raped", "rape sexual violence"], ["harass", "harassment"],
        ["married", "marriage"], ["marry", "marriage"], ["wedding", "marriage"], ["bride", "marriage"],
        ["kidnap", "kidnapping abduction"], ["snatched", "kidnapped abducted"], ["snatching", "kidnapping abduction"], ["kidnapped", "abduction kidnapping"], ["abducted", "abduction"],
        ["killed", "killings deaths"], ["murdered", "killings"], ["murder", "killing"], ["died", "death"],
        ["executed", "execution death penalty"], ["execution", "death penalty"],
        ["graft", "corruption bribery"], ["bribe", "bribery corruption"], ["bribes", "bribery corruption"],
        ["corrupt", "corruption"], ["vote", "election voting"], ["voting", "election"], ["rigged", "fraud irregularities"],
        ["rigging", "fraud irregularities"], ["fraud", "irregularities"], ["ballot", "election voting"],
        ["party", "parties"], ["opposition", "political"], ["wheelchair", "disabilities accessible"],
        ["wheelchairs", "disabilities accessible"], ["disabled", "disabilities"], ["deaf", "hearing disabilities sign language"],
        ["blind", "vision disabilities"], ["religious", "religion"], ["church", "religious"], ["mosque", "religious muslim"],
        ["muslims", "muslim islam"], ["jews", "jewish anti-semitism"], ["union", "unions trade"], ["unions", "trade union"],
        ["strike", "strikes labor"], ["strikes", "strike labor"], ["workers", "worker labor employees"],
        ["job", "employment work"], ["jobs", "employment work"], ["wage", "wages salary"], ["pay", "wages salary"],
        ["salary", "wages"], ["boss", "employer"], ["fired", "dismissed"], ["refugee", "asylum"], ["refugees", "asylum"],
        ["migrants", "migrant workers"], ["immigrants", "migrants"], ["citizenship", "citizen nationality"],
        ["passport", "travel documents"], ["travel", "movement"], ["spy", "surveillance"], ["spying", "surveillance"],
        ["tapped", "surveillance monitoring"], ["phone", "telephone communications"], ["phones", "telephone communications"],
        ["id", "identification"], ["ids", "identification"], ["judge", "court judicial"], ["top court", "supreme court"], ["highest court", "supreme court"], ["judges", "court judicial"],
        ["lawyer", "attorney defense counsel"], ["lawyers", "attorneys defense"], ["trial", "court"], ["trials", "courts"],
        ["arrest", "detention detained"], ["arrested", "detained detention"], ["detain", "arrest"],
        ["punished", "penalty sanctions fined"], ["punish", "penalty sanctions"], ["fine", "fined penalty"],
        ["fines", "fined penalties"], ["crime", "criminal offense"], ["illegal", "unlawful prohibited"],
        ["legal", "law"], ["legally", "law"], ["allowed", "permitted law"], ["ban", "prohibits banned"],
        ["banned", "prohibited ban"], ["permission", "permit authorization approval"], ["ok", "permission approval"],
        ["ngo", "nongovernmental organization"], ["ngos", "nongovernmental organizations"], ["charity", "nongovernmental"],
        ["foreign", "international"], ["un", "united nations"],
        ["authorities", "government officials"], ["state", "government"],
        ["hiv", "aids"], ["aids", "hiv"], ["drug", "drugs"], ["doctors", "medical health"],
        ["hospital", "medical health"], ["healthcare", "health medical"], ["school", "education"], ["schools", "education"],
        ["language", "languages"], ["minority", "minorities ethnic"], ["ethnic", "minorities"],
        ["torture", "abuse mistreatment"], ["tortured", "torture abuse"], ["mistreated", "abuse mistreatment"],
        ["free speech", "freedom of expression speech"], ["speech", "expression"], ["fake news", "false information"],
        ["lies", "false information"], ["social media", "internet online"], ["youtube", "social media"],
        ["facebook", "social media"], ["telegram", "messaging"], ["vpn", "internet"],
    ]);

    private static Dictionary<string, string[]> Build(string[][] pairs)
    {
        var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var words = pair[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[pair[0]] = map.TryGetValue(pair[0], out var existing) ? [.. existing, .. words] : words;
        }

        return map;
    }
}
