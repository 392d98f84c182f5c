//! News-like text for the benchmarks, made from invented sentences (no third-party text), mixed
//! by a fixed pseudo-random sequence so every run measures the same input.

/// Invented sentences in the shapes news uses: attributions, quotes across sentences,
/// abbreviations, numbers with separators, money and percentages, dates.
pub const SENTENCES: &[&str] = &[
    "The regional council said on Tuesday it would close three of its five depots by Nov. 1.",
    "“We have no choice. The money is simply not there,” council leader Maria Hollis told reporters.",
    "Mr. Tamsin Ode, who chairs the finance committee, said the savings would reach $4.2bn over a decade.",
    "Unions said 1,250 jobs were at risk and called the plan “reckless and short-sighted”.",
    "Prices rose 3.5% in the year to September, according to the national statistics office.",
    "Dr. Lena Ruiz, an economist at Northfield University, said the figures were “worse than expected”.",
    "The U.S. ambassador, Gov. Peter K. Lamb, met the minister in St. Albans on Monday.",
    "Opposition leaders accused the government of hiding the true cost of the scheme.",
    "“Is this really the best they can do?” asked Sen. Carla Moss. “I doubt it.”",
    "A spokeswoman for the ministry declined to comment on the report, citing legal advice.",
    "Shares in Hartwell Holdings Inc. fell 12% after the announcement, wiping $310m off its value.",
    "The agency’s two-decade-old rules were last changed in 2014, when 17 members voted against.",
    "Residents’ groups have collected more than 40,000 signatures since early last month.",
    "Officials said the first depot would shut in January and the rest by the end of 2025…",
    "In a statement, the company said it “regrets the decision” but would work with the council.",
];

pub const HEADER: &str = "The Daily Example\n\nCouncil to close depots as costs rise\n\n\
                      - By JANE EXAMPLE in Northfield jane@example.com\n\n\
                      NORTHFIELD: ";

/// News-like text of at least `bytes` bytes: a header, then paragraphs of one to four
/// sentences picked by a linear congruential sequence; each `seed` gives another article.
pub fn news_text(bytes: usize, seed: u64) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    text.push_str(HEADER);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D ^ seed;
    let mut next = |n: usize| {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    while text.len() < bytes {
        for idx in 0..=next(4) {
            if idx > 0 {
                text.push(' ');
            }
            text.push_str(SENTENCES[next(SENTENCES.len())]);
        }
        text.push_str("\n\n");
    }
    text.push_str("Newspapers in English\n");
    text
}
