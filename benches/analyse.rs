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

mod news;

use news::news_text;

const SIZES: [(&str, usize); 4] =
    [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("5MB", 5_000_000)];

fn bench(c: &mut Criterion) {
    for (group_name, run) in [("analyse", true), ("text_parse", false)] {
        let mut group = c.benchmark_group(group_name);
        group.warm_up_time(Duration::from_millis(500));
        for (label, bytes) in SIZES {
            let text = news_text(bytes, 0);
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
