//! Tagging speed of the named-entity recogniser, in tokens per second, on CoNLL-2003
//! `eng.testb` (read from ../shared at run time; the bench stops with a message if missing),
//! with the word-score cache as the engine keeps it and with a cold cache per document.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::extract::ner::model::RowCache;
use parallax::extract::ner::{self, conll};

fn tagging(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/conll2003/eng.testb");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("cannot read {path} (CoNLL-2003 in ../shared/data): {err}"));
    let parsed = conll::parse(&text);
    let documents: Vec<Vec<&[&str]>> = parsed
        .iter()
        .map(|doc| doc.sentences.iter().map(|s| s.words.as_slice()).collect())
        .collect();
    let tokens: usize = documents.iter().flatten().map(|s| s.len()).sum();
    ner::tag(&["warm", "up"]);
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(20);
    // As the engine tags: word scores stay cached across documents (and runs).
    group.bench_function("tag eng.testb", |b| {
        b.iter(|| documents.iter().map(|doc| ner::tag_document(doc).len()).sum::<usize>())
    });
    // The worst case: every document starts with an empty cache.
    group.bench_function("tag eng.testb, cold cache per document", |b| {
        b.iter(|| {
            let tag = |doc| ner::tag_document_with(ner::embedded(), doc, &mut RowCache::default());
            documents.iter().map(|doc| tag(doc).len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, tagging);
criterion_main!(benches);
