//! Engine throughput (criterion): `parallax::analyse` and `text::parse` alone on generated
//! news-like text of 10 KB, 100 KB, 1 MB and 5 MB. Throughput is counted in words (the word
//! tokens the text layer finds), so criterion's `elem/s` is words per second.
//!
//! The text is made here from invented sentences, mixed by a fixed pseudo-random sequence so
//! every run measures the same input. Run with `cargo bench --bench analyse`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use parallax::{Input, text};

/// Invented sentences in the shapes news uses: attributions, quotes across sentences,
/// abbreviations, numbers with separators, money and percentages, dates.
const SENTENCES: &[&str] = &[
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

const HEADER: &str = "The Daily Example\n\nCouncil to close depots as costs rise\n\n\
                      - By JANE EXAMPLE in Northfield jane@example.com\n\n\
                      NORTHFIELD: ";

/// News-like text of at least `bytes` bytes: a header, then paragraphs of one to four
/// sentences picked by a fixed linear congruential sequence.
fn news_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    text.push_str(HEADER);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
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

const SIZES: [(&str, usize); 4] =
    [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("5MB", 5_000_000)];

fn bench(c: &mut Criterion) {
    for (group_name, run) in [("analyse", true), ("text_parse", false)] {
        let mut group = c.benchmark_group(group_name);
        group.warm_up_time(Duration::from_millis(500));
        for (label, bytes) in SIZES {
            let text = news_text(bytes);
            let words = text::parse(&text).word_count() as u64;
            group.throughput(Throughput::Elements(words));
            // Big inputs take long per iteration: few samples keep the run short.
            group.sample_size(if bytes >= 1_000_000 { 10 } else { 30 });
            group.measurement_time(Duration::from_secs(if bytes >= 1_000_000 { 4 } else { 2 }));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                if run {
                    let inputs = [Input::new("bench.txt", text.as_str())];
                    b.iter(|| black_box(parallax::analyse(black_box(&inputs))));
                } else {
                    b.iter(|| black_box(text::parse(black_box(text))));
                }
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
