//! Packs the larger embedded word lists for the download: each list in `src/` (plain text, as
//! its generating script writes it) is front-coded (`src/extract/front_coding.rs`) into the
//! build's output directory, where the engine includes it from and unpacks it on first use.

use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)] // `unpack` is the engine's half.
#[path = "src/extract/front_coding.rs"]
mod front_coding;

/// The packed lists; their file names must differ (they share one output directory).
const LISTS: [&str; 6] = [
    "src/extract/ner/gazetteer/cities.txt",
    "src/extract/ner/gazetteer/surnames.txt",
    "src/extract/ner/clusters.txt",
    "src/extract/gazetteer/common_words.txt",
    "src/extract/gazetteer/name_words.txt",
    "src/extract/gazetteer/first_names.txt",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=src/extract/front_coding.rs");
    for list in LISTS {
        println!("cargo::rerun-if-changed={list}");
        let text =
            fs::read_to_string(list).unwrap_or_else(|err| panic!("cannot read {list}: {err}"));
        let name = Path::new(list).file_name().expect("every list path names a file");
        let packed = out.join(name);
        fs::write(&packed, front_coding::pack(&text))
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", packed.display()));
    }
}
