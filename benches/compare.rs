//! The comparison layer alone (criterion): 20 articles of about 1,000 words each, already read
//! and extracted, compared as the app compares one event's reports. Issue #5 asks for under
//! 50 ms natively. Run with `cargo bench --bench compare`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use parallax::{compare, extract, text};

mod news;

/// About 1,000 words of news-like text.
const ARTICLE_BYTES: usize = 6_500;
const ARTICLES: u64 = 20;

fn bench(c: &mut Criterion) {
    let articles: Vec<text::Article> =
        (0..ARTICLES).map(|seed| text::parse(&news::news_text(ARTICLE_BYTES, seed))).collect();
    let extractions: Vec<extract::Extraction> = articles.iter().map(extract::extract).collect();
    let labels: Vec<String> = (0..ARTICLES).map(|n| format!("Article {}", n + 1)).collect();
    let words: u64 = articles.iter().map(|a| a.word_count() as u64).sum();

    let mut group = c.benchmark_group("compare");
    group.warm_up_time(Duration::from_millis(500));
    group.sample_size(20);
    group.throughput(Throughput::Elements(words));
    group.bench_function("20x1000words", |b| {
        b.iter(|| black_box(compare::compare(black_box(&articles), &extractions, &labels)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
