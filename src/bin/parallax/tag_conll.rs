//! `parallax tag-conll FILE` and `parallax score-conll FILE`: run the named-entity recogniser
//! over a CoNLL-2003 file.
//!
//! `tag-conll` prints the file with the predicted tag (IOB2: `B-` opens every name) appended
//! to each token line, ready for the standard `conlleval` script. `score-conll` prints exact-span
//! precision, recall and F1 per kind and micro-averaged, against the file's last column.

use std::io::Write as _;

use parallax::extract::ner::{self, conll};

/// Prints the file with a predicted tag column appended. A closed pipe (`| head`) is not an
/// error.
pub fn tag(text: &str) -> Result<(), String> {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for doc in conll::parse(text) {
        out.push_str("-DOCSTART- -X- O O O\n\n");
        let sentences: Vec<&[&str]> = doc.sentences.iter().map(|s| s.words.as_slice()).collect();
        for (sentence, tags) in doc.sentences.iter().zip(ner::tag_document(&sentences)) {
            for (line, tag) in sentence.lines.iter().zip(ner::iob_strings(&tags)) {
                out.push_str(line);
                out.push(' ');
                out.push_str(&tag);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the tagged file: {err}"))
        }
        _ => Ok(()),
    }
}

/// Prints per-kind and micro precision/recall/F1 of the embedded model on the file.
pub fn score(text: &str) {
    let documents = conll::parse(text);
    let tokens: usize =
        documents.iter().flat_map(|doc| &doc.sentences).map(|s| s.words.len()).sum();
    let score = conll::evaluate(ner::embedded(), &documents);
    println!("{} documents, {tokens} tokens", documents.len());
    print!("{}", score.table());
}
