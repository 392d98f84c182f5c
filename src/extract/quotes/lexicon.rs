//! The word lists attribution reads: speech verbs (cues), pronouns, honorifics, role words,
//! organisation head words.
//!
//! All lists are general English; none names anything from a particular article. First names
//! and demonyms come from the entity finder's gazetteer.

use crate::extract::entities::lexicon::WordSet;
use crate::extract::{Gender, gazetteer};

/// Speech and attribution verbs in all their forms, lower case.
static CUE_VERBS: WordSet = WordSet::of(&[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "ask",
    "asks",
    "asked",
    "asking",
    "write",
    "writes",
    "wrote",
    "writing",
    "tweeted",
    "tweeting",
    "stated",
    "declare",
    "declares",
    "declared",
    "announce",
    "announces",
    "announced",
    "explain",
    "explains",
    "explained",
    "explaining",
    "noted",
    "noting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claimed",
    "claiming",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "warn",
    "warns",
    "warned",
    "warning",
    "continue",
    "continues",
    "continued",
    "reply",
    "replied",
    "respond",
    "responds",
    "responded",
    "answered",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "commented",
    "remarked",
    "observe",
    "observed",
    "complain",
    "complains",
    "complained",
    "complaining",
    "describe",
    "describes",
    "described",
    "describing",
    "called",
    "calling",
    "quipped",
    "joked",
    "exclaimed",
    "shouted",
    "yelled",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "contend",
    "contends",
    "contended",
    "predict",
    "predicts",
    "predicted",
    "vowed",
    "vowing",
    "promised",
    "pledged",
    "boasted",
    "emphasize",
    "emphasized",
    "emphasise",
    "emphasised",
    "stressed",
    "stressing",
    "urge",
    "urged",
    "urging",
    "concede",
    "conceded",
    "countered",
    "posted",
    "reported",
    "reports",
    "testify",
    "testified",
    "confirm",
    "confirmed",
    "deny",
    "denied",
    "reiterate",
    "reiterated",
    "mused",
    "scoffed",
    "chanted",
    "proclaimed",
    "pointed",
    "recounted",
    "cautioned",
    "lamented",
    "charged",
    "accused",
    "accuse",
    "accuses",
    "accusing",
    "praised",
    "blasted",
    "slammed",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
    "termed",
    "wondered",
    "speculated",
    "thundered",
    "yelling",
    "shouts",
    "shouting",
    "cried",
    "whispered",
    "screamed",
    "exclaims",
    "pleaded",
    "begged",
    "demanded",
    "retorted",
    "snapped",
    "sighed",
    "laughed",
    "posting",
    "texted",
    "emailed",
    "mentioned",
    "acknowledging",
    "conceding",
    "announcing",
    "declaring",
    "stating",
    "promising",
    "predicting",
    "recounting",
    "repeating",
    "repeated",
    "repeats",
    "quoted",
    "claims",
    "notes",
    "tweets",
    "calls",
    "call",
    "reads",
    "yells",
    "screams",
    "sing",
    "sings",
    "sang",
    "singing",
    "liken",
    "likens",
    "likened",
    "likening",
    "compare",
    "compares",
    "compared",
    "comparing",
    "condemn",
    "condemns",
    "condemned",
    "dismiss",
    "dismisses",
    "dismissed",
    "exhort",
    "exhorts",
    "exhorted",
    "attack",
    "attacks",
    "attacked",
    "mock",
    "mocks",
    "mocked",
    "mocking",
    "ridicule",
    "ridiculed",
    "criticize",
    "criticized",
    "criticizes",
    "criticise",
    "criticised",
    "blame",
    "blames",
    "blamed",
    "decry",
    "decried",
    "denounce",
    "denounces",
    "denounced",
    "hail",
    "hailed",
    "tout",
    "touts",
    "touted",
    "dub",
    "dubs",
    "refer",
    "refers",
    "referred",
    "referring",
    "labels",
    "brands",
    "deride",
    "derided",
    "derides",
    "lambast",
    "lambasted",
    "rip",
    "ripped",
    "ripping",
    "chant",
    "chants",
    "chanting",
    "recite",
    "recited",
    "quote",
    "quotes",
    "quoting",
    "put",
]);

/// Cue verbs whose subject is usually the subject of an earlier verb ("…, adding that").
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "telling",
    "writing",
    "explaining",
    "noting",
    "arguing",
    "claiming",
    "insisting",
    "warning",
    "recalling",
    "suggesting",
    "complaining",
    "describing",
    "calling",
    "asserting",
    "vowing",
    "stressing",
    "urging",
    "accusing",
    "tweeting",
    "asking",
];

/// Verbs that take a hearer before what is said ("told reporters", "asked the crowd").
const TELL_VERBS: &[&str] = &[
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urged", "warned",
    "assured", "reminded",
];

/// Whether a lower-case word is a speech or attribution verb.
pub fn is_cue_verb(lower: &str) -> bool {
    CUE_VERBS.contains(lower)
}

/// Whether a cue verb is a participle that borrows its subject from the clause before it.
pub fn is_participle(lower: &str) -> bool {
    PARTICIPLES.contains(&lower)
}

/// Whether a cue verb takes a hearer as its object ("told reporters").
pub fn is_tell_verb(lower: &str) -> bool {
    TELL_VERBS.contains(&lower)
}

/// Cue verbs that are reliable enough to introduce reported speech without quotation marks.
static CLAIM_VERBS: WordSet = WordSet::of(&[
    "say",
    "says",
    "said",
    "tell",
    "tells",
    "told",
    "add",
    "adds",
    "added",
    "state",
    "states",
    "stated",
    "announce",
    "announced",
    "announces",
    "argue",
    "argued",
    "argues",
    "claim",
    "claimed",
    "claims",
    "insist",
    "insisted",
    "insists",
    "warn",
    "warned",
    "warns",
    "note",
    "noted",
    "notes",
    "explain",
    "explained",
    "explains",
    "acknowledge",
    "acknowledged",
    "admit",
    "admitted",
    "suggest",
    "suggested",
    "predicted",
    "predicts",
    "reported",
    "reports",
    "confirmed",
    "denied",
    "contended",
    "asserted",
    "wrote",
    "writes",
    "tweeted",
    "believes",
    "believed",
    "thinks",
    "estimated",
    "estimates",
    "alleged",
    "alleges",
    "maintained",
    "maintains",
    "stressed",
    "emphasized",
    "emphasised",
    "indicated",
    "revealed",
    "recalled",
]);

/// Whether a lower-case verb introduces reported speech: "X said (that) …".
pub fn is_claim_verb(lower: &str) -> bool {
    CLAIM_VERBS.contains(lower)
}

/// A personal pronoun that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    /// "they", "it", "we": a group or organisation (or a person of unknown gender).
    Group,
    /// "I": the writer or the last speaker.
    I,
}

pub fn pronoun(lower: &str) -> Option<Pronoun> {
    // "he’s said" is "he has said".
    let lower = lower.strip_suffix("’s").or_else(|| lower.strip_suffix("'s")).unwrap_or(lower);
    match lower {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" | "it" | "we" => Some(Pronoun::Group),
        "i" => Some(Pronoun::I),
        _ => None,
    }
}

/// Honorifics that come before a name; they carry a gender when they have one.
pub fn honorific(lower: &str) -> Option<Option<Gender>> {
    match lower.trim_end_matches('.') {
        "mr" | "mister" | "sir" | "lord" | "king" | "prince" | "father" => Some(Some(Gender::Male)),
        "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "sister" => {
            Some(Some(Gender::Female))
        }
        "dr" | "prof" | "professor" | "rev" | "sen" | "rep" | "gov" | "gen" | "lt" | "col"
        | "sgt" | "capt" | "adm" | "maj" | "pres" | "messrs" => Some(None),
        _ => None,
    }
}

/// Role and title words kept apart from a name ("Foreign Minister", "spokeswoman").
static ROLE_WORDS: WordSet = WordSet::of(&[
    "minister",
    "secretary",
    "general",
    "president",
    "vice",
    "prime",
    "foreign",
    "deputy",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "senator",
    "governor",
    "mayor",
    "chief",
    "executive",
    "officer",
    "ambassador",
    "judge",
    "chancellor",
    "candidate",
    "nominee",
    "leader",
    "manager",
    "representative",
    "congressman",
    "congresswoman",
    "commissioner",
    "attorney",
    "adviser",
    "advisor",
    "aide",
    "official",
    "head",
    "founder",
    "ceo",
    "cfo",
    "coo",
    "professor",
    "analyst",
    "economist",
    "strategist",
    "spokesperson",
    "press",
    "correspondent",
    "reporter",
    "editor",
    "columnist",
    "author",
    "former",
    "acting",
    "interim",
    "senior",
    "first",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "national",
    "security",
    "campaign",
    "chairperson",
    "pollster",
    "lawmaker",
    "mp",
    "councillor",
    "councilman",
    "councilwoman",
    "sheriff",
    "detective",
    "inspector",
    "captain",
    "lieutenant",
    "colonel",
    "sergeant",
    "major",
    "admiral",
    "commander",
    "pope",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "sen",
    "rep",
    "gov",
    "pres",
    "speaker",
    "majority",
    "minority",
    "whip",
    "house",
    "white",
    "assistant",
    "associate",
    "envoy",
    "diplomat",
    "premier",
    "counsel",
    "solicitor",
    "prosecutor",
    "justice",
    "surgeon",
    "coach",
    "owner",
    "partner",
    "president-elect",
    "nominee",
    "hopeful",
    "businessman",
    "businesswoman",
    "billionaire",
    "activist",
    "lawyer",
    "doctor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "russian",
    "german",
    "american",
    "british",
    "french",
    "chinese",
    "democratic",
    "republican",
    "gop",
    "democrat",
    "independent",
    "u.s",
    "us",
    "un",
    "eu",
]);

/// Whether a word (any case) is a role or title word rather than part of a name.
pub fn is_role_word(lower: &str) -> bool {
    ROLE_WORDS.contains(lower) || honorific(lower).is_some() || gazetteer::is_demonym(lower)
}

/// Role words that say the person's gender.
pub fn role_gender(lower: &str) -> Option<Gender> {
    match lower {
        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "councilwoman"
        | "actress" | "wife" | "mother" | "daughter" | "sister" | "widow" | "grandmother"
        | "woman" | "girl" | "queen" | "princess" | "first lady" | "aunt" | "niece" => {
            Some(Gender::Female)
        }
        "spokesman" | "chairman" | "congressman" | "businessman" | "councilman" | "actor"
        | "husband" | "father" | "son" | "brother" | "widower" | "grandfather" | "man" | "boy"
        | "king" | "prince" | "uncle" | "nephew" => Some(Gender::Male),
        _ => None,
    }
}

/// Head nouns that make a phrase an organisation ("press office", "Foreign Ministry").
static ORG_WORDS: WordSet = WordSet::of(&[
    "office",
    "ministry",
    "department",
    "agency",
    "committee",
    "council",
    "campaign",
    "party",
    "government",
    "administration",
    "commission",
    "company",
    "court",
    "union",
    "bureau",
    "service",
    "police",
    "army",
    "navy",
    "group",
    "foundation",
    "association",
    "institute",
    "university",
    "network",
    "newspaper",
    "board",
    "team",
    "corporation",
    "corp",
    "inc",
    "bank",
    "embassy",
    "mission",
    "alliance",
    "organization",
    "organisation",
    "federation",
    "kremlin",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "cabinet",
    "secretariat",
    "center",
    "centre",
    "coalition",
    "league",
    "fund",
    "times",
    "post",
    "news",
    "journal",
    "press",
    "magazine",
    "tribune",
    "herald",
    "daily",
    "television",
    "radio",
    "channel",
    "club",
    "authority",
    "forces",
    "staff",
    "spokesperson's",
    "headquarters",
    "watchdog",
    "regulator",
    "firm",
    "hospital",
    "school",
    "college",
    "church",
    "statement",
]);

/// Whether a word (lower case) is the head of an organisation's name or description.
pub fn is_org_word(lower: &str) -> bool {
    ORG_WORDS.contains(lower)
}

/// Words that open a noun phrase.
pub fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "another"
            | "one"
            | "two"
            | "three"
            | "four"
            | "several"
            | "some"
            | "many"
            | "most"
            | "other"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "both"
            | "all"
            | "few"
            | "these"
            | "those"
            | "this"
            | "each"
            | "no"
    )
}

/// Small words that end a noun phrase read backwards from its verb (they belong to the
/// clause around it): conjunctions, relatives, prepositions and common verbs.
pub fn stops_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "and"
            | "but"
            | "or"
            | "if"
            | "when"
            | "because"
            | "as"
            | "while"
            | "although"
            | "though"
            | "since"
            | "after"
            | "before"
            | "where"
            | "so"
            | "than"
            | "then"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "into"
            | "about"
            | "over"
            | "under"
            | "against"
            | "during"
            | "without"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "do"
            | "does"
            | "did"
            | "not"
            | "also"
            | "what"
            | "how"
            | "why"
            | "there"
            | "here"
            | "it"
            | "yet"
            | "nor"
            | "whether"
            | "until"
            | "unless"
            | "through"
            | "like"
            | "once"
            | "even"
            | "just"
            | "only"
            | "still"
            | "now"
    )
}

/// Words between a subject and its speech verb that are skipped ("Smith also said",
/// "she has said", "he later told").
pub fn is_skippable_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "then"
            | "previously"
            | "once"
            | "again"
            | "further"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "never"
            | "still"
            | "even"
            | "just"
            | "recently"
            | "earlier"
            | "first"
            | "often"
            | "repeatedly"
            | "always"
            | "reportedly"
            | "allegedly"
            | "publicly"
            | "privately"
            | "could"
            | "may"
            | "might"
            | "should"
            | "can"
            | "is"
            | "was"
            | "were"
            | "are"
            | "been"
            | "being"
            | "not"
            | "yesterday"
            | "today"
            | "tonight"
            | "separately"
            | "simply"
            | "flatly"
            | "bluntly"
            | "frankly"
            | "angrily"
            | "quietly"
            | "openly"
            | "famously"
            | "subsequently"
            | "additionally"
            | "likewise"
    ) || (lower.len() > 4 && lower.ends_with("ly") && lower.chars().all(char::is_lowercase))
}

/// Words that end a speaker phrase read forwards after an inverted cue ("said Smith on
/// Monday", "said the office in a statement").
pub fn ends_inverted_speaker(lower: &str) -> bool {
    matches!(
        lower,
        "on" | "in"
            | "at"
            | "during"
            | "to"
            | "after"
            | "before"
            | "when"
            | "while"
            | "who"
            | "which"
            | "that"
            | "as"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "recently"
            | "and"
            | "but"
            | "with"
            | "from"
            | "by"
            | "via"
            | "told"
            | "said"
            | "adding"
            | "according"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "is"
            | "was"
            | "has"
            | "had"
    )
}

/// Names of days and months that end a capitalised run ("Lavrov Monday").
pub fn is_calendar_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// The gender a first name is mostly given to, from the public first-name list.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    gazetteer::first_name(&name.to_ascii_lowercase()).flatten()
}
