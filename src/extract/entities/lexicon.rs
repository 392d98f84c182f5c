//! Small closed word lists of English news grammar, written by hand: honorifics, titles, role
//! nouns, organisation head words, speech verbs, calendar words, number words.
//!
//! These are general English, never names from any particular article. Open lists (places,
//! first names, common words) live in `extract::gazetteer`. All entries are lower case.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::extract::Gender;
use crate::extract::ner::hash::BuildKeyHasher;

/// Words whose following dot is an abbreviation's, not a sentence end.
pub static ABBREVIATIONS: WordSet = WordSet::new(
    "mr mrs ms dr prof rev gen sen rep gov col capt lt sgt st jr sr no vs jan feb mar apr jun \
    jul aug sep sept oct nov dec inc corp co ltd mt ft adm maj cmdr supt",
);

/// Honorifics: part of the mention ("Mr Lavrov"), never of the name. With a gender where the
/// honorific says it.
pub const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("mr", Some(Gender::Male)),
    ("mr.", Some(Gender::Male)),
    ("mrs", Some(Gender::Female)),
    ("mrs.", Some(Gender::Female)),
    ("ms", Some(Gender::Female)),
    ("ms.", Some(Gender::Female)),
    ("miss", Some(Gender::Female)),
    ("madam", Some(Gender::Female)),
    ("sir", Some(Gender::Male)),
    ("dame", Some(Gender::Female)),
    ("dr", None),
    ("dr.", None),
    ("prof", None),
    ("prof.", None),
    ("mx", None),
];

/// Capitalised titles that stand before a name and belong to the role, not the name:
/// "Foreign Minister Sergei Lavrov", "Nato Secretary General Jens Stoltenberg".
pub static TITLES: WordSet = WordSet::new(
    "president vice prime minister foreign secretary general chancellor senator sen sen. rep \
    rep. representative congressman congresswoman governor gov gov. king queen prince \
    princess emperor pope judge justice chairman chairwoman chair director ambassador \
    spokesman spokeswoman spokesperson deputy chief defence defense interior finance \
    attorney speaker leader commander admiral colonel col col. gen gen. lieutenant lt lt. \
    sergeant sgt sgt. captain capt capt. major officer mayor ceo executive founder professor \
    reverend rev rev. archbishop bishop cardinal sheikh emir sultan crown premier health \
    trade energy economy economic education treasury commerce agriculture labor labour \
    transport culture home envoy special permanent first lady candidate nominee \
    assistant associate senior former acting interim press national security \
    adviser advisor counsel inspector superintendent detective sheriff commissioner \
    president-elect vice-president coach manager head majority minority whip house senate \
    supreme court state presidential hopeful gop dem",
);

/// Title words that can end a role ("Minister", "Spokeswoman"), unlike modifiers such as
/// "Foreign" or "Deputy" that only lead into one.
pub static TITLE_HEADS: WordSet = WordSet::new(
    "president minister secretary general chancellor senator sen sen. rep rep. representative \
    congressman congresswoman governor gov gov. king queen prince princess emperor pope \
    judge justice chairman chairwoman chair director ambassador spokesman spokeswoman \
    spokesperson chief leader commander admiral colonel col col. gen gen. lieutenant lt lt. \
    sergeant sgt sgt. captain capt capt. major officer mayor ceo executive founder professor \
    reverend rev rev. archbishop bishop cardinal sheikh emir sultan premier envoy lady \
    candidate nominee adviser advisor counsel inspector superintendent detective sheriff \
    commissioner president-elect vice-president coach manager whip hopeful speaker",
);

/// Lower-case nouns naming what a person is; they mark a neighbouring name as a person and form
/// its role ("Nato spokeswoman Oana Lungescu", "a Russian former double agent, Sergei Skripal").
pub static ROLE_NOUNS: WordSet = WordSet::new(
    "spokeswoman spokesman spokesperson minister president official chairman chairwoman chair \
    director ambassador envoy representative deputy secretary chief leader head commander \
    general agent spy officer analyst expert professor lawyer attorney senator governor \
    mayor candidate nominee reporter correspondent journalist editor founder executive ceo \
    manager adviser advisor aide strategist economist researcher scientist author writer \
    actor actress singer player coach captain lawmaker legislator congressman congresswoman \
    diplomat negotiator prosecutor judge premier king queen prince princess emperor pope \
    cardinal bishop priest imam rabbi activist campaigner chancellor billionaire businessman \
    businesswoman entrepreneur host anchor commentator columnist pollster historian doctor \
    nurse soldier veteran witness suspect daughter son wife husband mother father brother \
    sister chairperson vice-president president-elect counsel consultant surrogate operative \
    donor supporter rival opponent challenger incumbent dictator tycoon mogul star comedian \
    rapper student teacher worker inspector detective sheriff commissioner administrator \
    director-general secretary-general lieutenant colonel sergeant admiral physician surgeon \
    scholar fellow partner owner investor banker trader guard pilot driver resident citizen \
    republican democrat speaker whip delegate emissary attaché attache consul \
    governor-general mp chieftain warlord militant rebel",
);

/// Gendered person nouns, for pronoun resolution.
pub static FEMALE_NOUNS: WordSet = WordSet::new(
    "spokeswoman chairwoman businesswoman congresswoman actress queen princess daughter wife \
    mother sister lady woman girl grandmother widow empress duchess countess",
);

/// Gendered person nouns, for pronoun resolution.
pub static MALE_NOUNS: WordSet = WordSet::new(
    "spokesman chairman businessman congressman actor king prince son husband father brother \
    man boy grandfather widower emperor duke count sheikh emir sultan",
);

/// Lower-case nouns naming what an organisation is: "state agency Tass", "the newspaper".
pub static ORG_NOUNS: WordSet = WordSet::new(
    "agency company firm group party newspaper broadcaster network channel magazine bank \
    alliance organisation organization union association corporation giant maker carrier \
    airline retailer outlet publisher daily tabloid website team club ministry committee \
    council bloc coalition movement charity institute university startup conglomerate \
    insurer lender regulator watchdog service",
);

/// Capitalised words that end an organisation's name: "Foreign Ministry", "Federation Council".
pub static ORG_HEADS: WordSet = WordSet::new(
    "ministry council committee office agency party bank university inc inc. corp corp. \
    corporation company co co. ltd ltd. llc plc ag gmbh sa commission assembly department \
    court parliament senate congress army police association organization organisation \
    institute foundation group times post news service bureau mission alliance network club \
    league board authority administration fund reserve guard forces navy campaign center \
    centre coalition movement front church embassy academy school college hospital airlines \
    airways motors press journal tribune herald cabinet government federation union command \
    corps brigade regiment directorate secretariat tribunal house chamber caucus society \
    institution agencies ministries industries holdings systems technologies labs \
    laboratories studios pictures records media broadcasting telegraph gazette observer \
    guardian independent express review magazine daily partnership initiative program \
    programme project trust exchange commerce",
);

/// Lower-case heads that extend a preceding name into an organisation: "Nato information
/// office", "NATO press office", "Nato-Russia council".
pub static ORG_TAIL_HEADS: WordSet =
    WordSet::new("office council committee ministry agency bureau commission");

/// Lower-case modifiers allowed between a name and an [`ORG_TAIL_HEADS`] word.
pub static ORG_TAIL_MODIFIERS: WordSet =
    WordSet::new("press information media foreign liaison news security executive");

/// Verbs of saying: a name next to one is likely to be a speaker.
pub static SPEECH_VERBS: WordSet = WordSet::new(
    "said says say told tells added adds asked asks argued argues claimed claims stated \
    states announced announces explained explains noted notes insisted insists warned warns \
    wrote writes tweeted tweets replied replies responded responds recalled recalls \
    acknowledged admitted denied denies suggested suggests described urged urges declared \
    declares testified predicted believes thinks thought continued countered conceded \
    stressed emphasized emphasised confirmed confirms reported reports vowed promised \
    pledged quipped joked complained charged alleged observed remarked posted",
);

/// Words that may join capitalised words inside one name: "Bank of England",
/// "Ludwig van Beethoven", "Osama bin Laden".
pub static NAME_CONNECTORS: WordSet =
    WordSet::new("of for de del della van von der den da al bin el du la le y dos das di");

/// Months, with the number each stands for.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Days of the week, Monday first (index 0).
pub const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Capitalised words that are calendar or other common proper words, never names on their own.
pub static NEVER_NAMES: WordSet = WordSet::new(
    "western eastern northern southern edt est gmt utc pdt pst cst cdt bst cet i a ok tv am pm a.m. p.m. christmas easter god",
);

/// Capitalised words that end the name of a place or a structure: "Kestrel Falls", "Marrow
/// Dam", "Gorky Park", "Penn Station".
pub static PLACE_HEADS: WordSet = WordSet::new(
    "falls dam river lake bay creek valley mountain mountains hills island islands beach park lane \
    street road avenue boulevard square bridge airport station harbour harbor port canal strait \
    sea ocean gulf peninsula county province district heights springs coast desert forest",
);

/// Capitalised words that end the name of an event, a law or a plan: "Election Day", "Cold
/// War", "Affordable Care Act". Such names are `other`.
pub static EVENT_HEADS: WordSet = WordSet::new(
    "day war act amendment agreement treaty accord accords plan doctrine summit games \
    olympics cup championship festival prize award awards bill law crisis revolution \
    uprising protests scandal affair pact deal initiative",
);

/// Capitalised nouns for groups of people by party, creed or politics: "Democrats",
/// "Muslims". Like demonyms they are `other`, not organisations.
pub static GROUP_NOUNS: WordSet = WordSet::new(
    "democrat republican conservative liberal muslim christian jew catholic protestant \
    evangelical hindu sikh buddhist mormon latino latina hispanic socialist communist \
    labourite tory tories whig sunni shia shiite kurd arab european westerner baptist \
    methodist anglican",
);

/// Number words with their values.
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
    ("dozens", 12),
    ("hundreds", 100),
    ("thousands", 1000),
    ("millions", 1_000_000),
];

/// Scale words after a number: "4.2 million", "$4.2bn".
pub const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1000),
    ("k", 1000),
    ("million", 1_000_000),
    ("m", 1_000_000),
    ("mn", 1_000_000),
    ("mln", 1_000_000),
    ("billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("b", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("tn", 1_000_000_000_000),
    ("trn", 1_000_000_000_000),
];

/// Currency symbols and words, with the ISO code used in values.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("$", "USD"),
    ("us$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("baht", "THB"),
    ("francs", "CHF"),
];

/// Whether `word` (lower case) is in `list`: for the small lists of single modules.
pub fn has(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// A closed word list, written as one string of space-separated words or as a slice, turned
/// into a hash set on first use: a look-up costs one hash, where a slice's `contains` compares
/// every entry.
pub struct WordSet {
    words: Words,
    set: OnceLock<HashSet<&'static str, BuildKeyHasher>>,
}

/// How a [`WordSet`]'s words are written.
enum Words {
    Spaced(&'static str),
    Listed(&'static [&'static str]),
}

impl WordSet {
    const fn new(words: &'static str) -> WordSet {
        WordSet { words: Words::Spaced(words), set: OnceLock::new() }
    }

    /// The set of the words in `list`.
    pub const fn of(list: &'static [&'static str]) -> WordSet {
        WordSet { words: Words::Listed(list), set: OnceLock::new() }
    }

    /// Whether `word` (lower case) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| match self.words {
            Words::Spaced(words) => words.split_whitespace().collect(),
            Words::Listed(list) => list.iter().copied().collect(),
        });
        set.contains(word)
    }
}
