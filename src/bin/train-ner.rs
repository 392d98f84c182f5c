//! `train-ner DATA_DIR`: trains the named-entity recogniser on CoNLL-2003 and writes the
//! weights the engine embeds (src/extract/ner/model.bin).
//!
//! An averaged structured perceptron: learn from `eng.train`, pick the number of epochs and
//! the pruning threshold on `eng.testa` (never on `eng.testb`), quantise, write. Deterministic:
//! the document order comes from a fixed-seed generator and every table is keyed or sorted,
//! so two runs write the same bytes.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use parallax::extract::ner::conll::{self, Document};
use parallax::extract::ner::features::{self, Features, Keys};
use parallax::extract::ner::hash::BuildKeyHasher;
use parallax::extract::ner::model::{self, Model, RowCache};
use parallax::extract::ner::viterbi::{self, Transitions};
use parallax::extract::ner::{LABELS, Rows, Scorer, Tag, add, bilou};
use parallax::sorting;

const USAGE: &str = "usage: train-ner DATA_DIR [--epochs N] [--out FILE]

DATA_DIR holds eng.train and eng.testa (CoNLL-2003). Writes src/extract/ner/model.bin
unless --out is given.";

/// Pruning thresholds tried on eng.testa, in increasing order.
const THRESHOLDS: [f32; 11] = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.6, 0.65, 0.7, 0.75, 1.0];
/// A pruned model may lose this much testa F1 against the unpruned one.
const PRUNING_TOLERANCE: f64 = 0.001;
/// The largest weights file accepted, in bytes.
const MAX_BYTES: usize = 2_000_000;
/// One perceptron per seed (document order); the written model is their average.
const SEEDS: [u64; 4] =
    [0x5eed_1234_abcd_9876, 0x0dd5_eed2_2222_0001, 0x7777_abcd_0101_3333, 0x1357_9bdf_2468_ace0];
/// Training stops after this many epochs without a better testa F1.
const PATIENCE: usize = 3;

struct Config {
    data: PathBuf,
    epochs: usize,
    out: PathBuf,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args).and_then(|config| run(&config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("train-ner: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Config, String> {
    let mut data = None;
    let mut epochs = 15;
    let mut out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/ner/model.bin");
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--epochs" => {
                let value = iter.next().ok_or("--epochs needs a number")?;
                epochs = value.parse().map_err(|_| format!("bad --epochs `{value}`"))?;
            }
            "--out" => out = PathBuf::from(iter.next().ok_or("--out needs a file")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"));
            }
            dir => data = Some(PathBuf::from(dir)),
        }
    }
    let data = data.ok_or_else(|| format!("no data directory given\n\n{USAGE}"))?;
    Ok(Config { data, epochs, out })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn run(config: &Config) -> Result<(), String> {
    let started = Instant::now();
    let train_text = read(&config.data.join("eng.train"))?;
    let dev_text = read(&config.data.join("eng.testa"))?;
    let train = conll::parse(&train_text);
    let dev = conll::parse(&dev_text);
    let gold: Vec<Vec<Vec<Tag>>> = train
        .iter()
        .map(|doc| {
            doc.sentences.iter().map(|s| bilou(s.words.len(), &conll::iob_spans(&s.gold))).collect()
        })
        .collect();
    eprintln!("train: {} documents; dev: {} documents", train.len(), dev.len());

    let mut members = Vec::with_capacity(SEEDS.len());
    for (member, &seed) in SEEDS.iter().enumerate() {
        eprintln!("model {} of {} (seed {seed:#x})", member + 1, SEEDS.len());
        members.push(train_one(config, seed, &train, &gold, &dev, started)?);
    }
    let (rows, transitions) = merge(&members);
    let merged = Model::decode(&model::encode(&rows, &transitions, 0.0))
        .ok_or("an encoded model must decode")?;
    let (_, _, f1) = conll::evaluate(&merged, &dev).micro();
    eprintln!("average of {} models: testa F1 {f1:.4}", members.len());

    let mut chosen: Option<(f32, Vec<u8>, f64)> = None;
    let mut reference = None;
    for threshold in THRESHOLDS {
        let bytes = model::encode(&rows, &transitions, threshold);
        let model = Model::decode(&bytes).ok_or("an encoded model must decode")?;
        let (_, _, f1) = conll::evaluate(&model, &dev).micro();
        eprintln!(
            "threshold {threshold:<5}: {} features, {} weights, {} bytes, testa F1 {f1:.4}",
            model.feature_count(),
            model.weight_count(),
            bytes.len()
        );
        let reference = *reference.get_or_insert(f1);
        let acceptable = f1 >= reference - PRUNING_TOLERANCE || chosen.is_none();
        if acceptable && (bytes.len() <= MAX_BYTES || chosen.is_none()) {
            chosen = Some((threshold, bytes, f1));
        }
    }
    let (threshold, bytes, f1) = chosen.ok_or("at least one threshold is tried")?;
    if bytes.len() > MAX_BYTES {
        return Err(format!("the smallest acceptable model has {} bytes", bytes.len()));
    }
    std::fs::write(&config.out, &bytes)
        .map_err(|err| format!("cannot write {}: {err}", config.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes; threshold {threshold}, testa F1 {f1:.4}) in {:.0} s",
        config.out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Trains one perceptron with documents shuffled by `seed`; returns the averaged weights of
/// the epoch with the best testa F1.
fn train_one(
    config: &Config,
    seed: u64,
    train: &[Document<'_>],
    gold: &[Vec<Vec<Tag>>],
    dev: &[Document<'_>],
    started: Instant,
) -> Result<Averaged, String> {
    let mut weights = Weights::default();
    let mut rng = XorShift(seed);
    let mut best: Option<(f64, usize, Averaged)> = None;
    for epoch in 1..=config.epochs {
        let mut order: Vec<usize> = (0..train.len()).collect();
        rng.shuffle(&mut order);
        let mistakes = weights.epoch(train, gold, &order);
        let averaged = weights.averaged();
        let (_, _, f1) = conll::evaluate(&averaged, dev).micro();
        eprintln!(
            "epoch {epoch:>2}: {mistakes} sentences wrong, {} features, testa F1 {:.4} ({:.0} s)",
            weights.index.len(),
            f1,
            started.elapsed().as_secs_f64()
        );
        if best.as_ref().is_none_or(|(best_f1, _, _)| f1 > *best_f1) {
            best = Some((f1, epoch, averaged));
        } else if best.as_ref().is_some_and(|(_, best_epoch, _)| epoch >= best_epoch + PATIENCE) {
            break;
        }
    }
    let (best_f1, best_epoch, averaged) = best.ok_or("--epochs must be at least 1")?;
    eprintln!("best: epoch {best_epoch}, testa F1 {best_f1:.4}");
    Ok(averaged)
}

/// The mean of several models' weights (a feature missing from a model counts as zero),
/// sorted by key: averaging perceptrons trained on different orders lowers their variance.
fn merge(members: &[Averaged]) -> (Vec<(u32, [f32; LABELS])>, Transitions) {
    let share = 1.0 / members.len().max(1) as f32;
    let mut rows: BTreeMap<u32, [f32; LABELS]> = BTreeMap::new();
    let mut transitions = Transitions::default();
    for member in members {
        for (key, row) in member.sorted_rows() {
            let sum = rows.entry(key).or_insert([0.0; LABELS]);
            for (sum, weight) in sum.iter_mut().zip(row) {
                *sum += weight * share;
            }
        }
        let theirs = &member.transitions;
        for to in 0..LABELS {
            transitions.start[to] += theirs.start[to] * share;
            transitions.end[to] += theirs.end[to] * share;
            for from in 0..LABELS {
                transitions.next[from][to] += theirs.next[from][to] * share;
            }
        }
    }
    (rows.into_iter().collect(), transitions)
}

/// The perceptron's weights while training, with the sums needed for averaging.
#[derive(Default)]
struct Weights {
    /// Feature key → row number in `current` and `summed`.
    index: HashMap<u32, usize, BuildKeyHasher>,
    current: Vec<f32>,
    /// Σ (example counter × update), so that the average is `current - summed / counter`.
    summed: Vec<f32>,
    transitions: [Vec<f32>; 2],
    counter: f32,
}

/// Transition slots in one flat array: start, L × L, end.
const TRANSITION_SLOTS: usize = LABELS * (LABELS + 2);

fn start_slot(to: usize) -> usize {
    to
}

fn next_slot(from: usize, to: usize) -> usize {
    LABELS * (1 + from) + to
}

fn end_slot(from: usize) -> usize {
    LABELS * (LABELS + 1) + from
}

fn to_transitions(flat: &[f32]) -> Transitions {
    let mut transitions = Transitions::default();
    for to in 0..LABELS {
        transitions.start[to] = flat[start_slot(to)];
        transitions.end[to] = flat[end_slot(to)];
        for from in 0..LABELS {
            transitions.next[from][to] = flat[next_slot(from, to)];
        }
    }
    transitions
}

/// The slots of the transitions taken by a tag sequence.
fn path_slots(tags: &[Tag]) -> impl Iterator<Item = usize> + '_ {
    let first = tags.first().map(|tag| start_slot(tag.index()));
    let last = tags.last().map(|tag| end_slot(tag.index()));
    let inner = tags.windows(2).map(|pair| next_slot(pair[0].index(), pair[1].index()));
    first.into_iter().chain(inner).chain(last)
}

impl Weights {
    /// One pass over the training documents in the given order; returns the sentences wrong.
    fn epoch(&mut self, train: &[Document<'_>], gold: &[Vec<Vec<Tag>>], order: &[usize]) -> usize {
        if self.transitions[0].is_empty() {
            self.transitions = [vec![0.0; TRANSITION_SLOTS], vec![0.0; TRANSITION_SLOTS]];
        }
        let mut wrong = 0;
        for &doc_idx in order {
            let mut doc = features::Document::new();
            for sentence in &train[doc_idx].sentences {
                doc.observe(&sentence.words);
            }
            let sentences = &train[doc_idx].sentences;
            let mut first = Vec::with_capacity(sentences.len());
            for (sentence, gold) in sentences.iter().zip(&gold[doc_idx]) {
                let (base, memory) = doc.first_pass(&sentence.words, Keys::All);
                let predicted = self.learn(base, memory, gold);
                wrong += usize::from(predicted != *gold);
                doc.remember(&sentence.words, &predicted);
                first.push(predicted);
            }
            for ((sentence, gold), own) in sentences.iter().zip(&gold[doc_idx]).zip(&first) {
                let (base, global) = doc.second_pass(&sentence.words, own);
                let predicted = self.learn(base, global, gold);
                wrong += usize::from(predicted != *gold);
            }
        }
        wrong
    }

    /// Tags one sentence with the current weights and updates them if the tags are wrong;
    /// returns the predicted tags.
    fn learn(&mut self, base: &Features, extra: &Features, gold: &[Tag]) -> Vec<Tag> {
        self.counter += 1.0;
        let transitions = to_transitions(&self.transitions[0]);
        let mut rows = Vec::new();
        let mut extra_rows = Vec::new();
        dense_emissions(&self.index, &self.current, base, &mut rows);
        dense_emissions(&self.index, &self.current, extra, &mut extra_rows);
        let mut total = Vec::new();
        add(&rows, &extra_rows, &mut total);
        let predicted = viterbi::decode(&total, &transitions);
        if predicted != gold {
            self.update(base, gold, &predicted, true);
            self.update(extra, gold, &predicted, false);
        }
        predicted
    }

    /// The perceptron update: towards the gold tags, away from the predicted ones; the
    /// transitions are updated once per sentence (`with_transitions`).
    fn update(
        &mut self,
        features: &Features,
        gold: &[Tag],
        predicted: &[Tag],
        with_transitions: bool,
    ) {
        let counter = self.counter;
        for (idx, (&good, &bad)) in gold.iter().zip(predicted).enumerate() {
            if good == bad {
                continue;
            }
            for &key in features.token(idx) {
                let next_row = self.index.len();
                let feature = *self.index.entry(key).or_insert(next_row);
                if feature == next_row {
                    self.current.extend([0.0; LABELS]);
                    self.summed.extend([0.0; LABELS]);
                }
                for (label, delta) in [(good.index(), 1.0), (bad.index(), -1.0)] {
                    self.current[feature * LABELS + label] += delta;
                    self.summed[feature * LABELS + label] += delta * counter;
                }
            }
        }
        if !with_transitions {
            return;
        }
        for (slots, delta) in
            [(path_slots(gold).collect::<Vec<_>>(), 1.0), (path_slots(predicted).collect(), -1.0)]
        {
            for slot in slots {
                self.transitions[0][slot] += delta;
                self.transitions[1][slot] += delta * counter;
            }
        }
    }

    /// The averaged weights (what the perceptron would have scored on average over training).
    fn averaged(&self) -> Averaged {
        let counter = self.counter.max(1.0);
        let average = |current: &[f32], summed: &[f32]| -> Vec<f32> {
            current.iter().zip(summed).map(|(w, s)| w - s / counter).collect()
        };
        Averaged {
            index: self.index.clone(),
            weights: average(&self.current, &self.summed),
            transitions: to_transitions(&average(&self.transitions[0], &self.transitions[1])),
        }
    }
}

/// Averaged weights, usable as a scorer for evaluation and written out as the model.
struct Averaged {
    index: HashMap<u32, usize, BuildKeyHasher>,
    weights: Vec<f32>,
    transitions: Transitions,
}

impl Averaged {
    /// Every feature's row, sorted by key (the weights file needs a fixed order).
    fn sorted_rows(&self) -> Vec<(u32, [f32; LABELS])> {
        let mut rows: Vec<(u32, [f32; LABELS])> = self
            .index
            .iter()
            .map(|(&key, &feature)| {
                let mut row = [0f32; LABELS];
                row.copy_from_slice(&self.weights[feature * LABELS..(feature + 1) * LABELS]);
                (key, row)
            })
            .collect();
        sorting::sort_by_key(&mut rows, |&(key, _)| key);
        rows
    }
}

impl Scorer for Averaged {
    fn first_pass<S: AsRef<str>>(
        &self,
        doc: &mut features::Document,
        words: &[S],
        _: &mut RowCache,
        base: &mut Rows,
        memory: &mut Rows,
    ) {
        let (base_features, memory_features) = doc.first_pass(words, Keys::All);
        dense_emissions(&self.index, &self.weights, base_features, base);
        dense_emissions(&self.index, &self.weights, memory_features, memory);
    }

    fn emissions(&self, features: &Features, _: &mut RowCache, out: &mut Rows) {
        dense_emissions(&self.index, &self.weights, features, out);
    }

    fn transitions(&self) -> &Transitions {
        &self.transitions
    }
}

/// Label scores from float weights stored as rows of `LABELS`, found through `index`.
fn dense_emissions(
    index: &HashMap<u32, usize, BuildKeyHasher>,
    weights: &[f32],
    features: &Features,
    out: &mut Vec<[f32; LABELS]>,
) {
    out.clear();
    for idx in 0..features.len() {
        let mut row = [0f32; LABELS];
        for key in features.token(idx) {
            if let Some(&feature) = index.get(key) {
                let weights = &weights[feature * LABELS..(feature + 1) * LABELS];
                for (sum, weight) in row.iter_mut().zip(weights) {
                    *sum += weight;
                }
            }
        }
        out.push(row);
    }
}

/// A fixed-seed xorshift generator: the only randomness in training, so runs repeat exactly.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Fisher–Yates.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for idx in (1..items.len()).rev() {
            let other = (self.next() % (idx as u64 + 1)) as usize;
            items.swap(idx, other);
        }
    }
}
