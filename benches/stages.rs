//! The engine stage by stage (criterion), so that a slow stage shows: segmentation
//! (`text::parse`), names by the rules alone and with the trained recogniser
//! (`extract::entities`), quotes and claims (`extract::quotes`), and the comparison of two
//! articles (`compare::compare`). Each runs on generated news-like text of 1 MB in all
//! (the comparison: two articles of 500 KB, one event as two outlets told it), and
//! throughput is in words, so criterion's `elem/s` is words per second.
//!
//! `scripts/bench-check.sh` runs this and compares it with the recorded baseline.
//! Run with `cargo bench --bench stages`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use parallax::extract::entities::{self, names};
use parallax::{compare, extract, text};

mod news;

const BYTES: usize = 1_000_000;

fn stages(c: &mut Criterion) {
    let raw = news::news_text(BYTES, 0);
    let article = text::parse(&raw);
    let words = article.word_count() as u64;
    let mut group = c.benchmark_group("stages");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.sample_size(10);
    group.throughput(Throughput::Elements(words));
    group.bench_function("segmentation", |b| b.iter(|| text::parse(black_box(&raw))));
    group.bench_function("names, rules only", |b| {
        b.iter(|| entities::find_with(black_box(&article), names::propose))
    });
    group.bench_function("names, rules and recogniser", |b| {
        b.iter(|| entities::find(black_box(&article)))
    });
    let found = entities::find(&article);
    group.bench_function("quotes", |b| {
        b.iter_batched_ref(
            || found.clone(),
            |entities| extract::quotes::find(black_box(&article), entities),
            BatchSize::LargeInput,
        )
    });
    let pair: Vec<text::Article> =
        (0..2).map(|seed| text::parse(&news::news_text(BYTES / 2, seed))).collect();
    let extractions: Vec<extract::Extraction> = pair.iter().map(extract::extract).collect();
    let labels = ["A".to_string(), "B".to_string()];
    group.throughput(Throughput::Elements(pair.iter().map(|a| a.word_count() as u64).sum()));
    group.bench_function("comparison", |b| {
        b.iter(|| compare::compare(black_box(&pair), &extractions, &labels))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
