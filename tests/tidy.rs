//! Checks of the code base itself: the architecture's one-way flow and the house style.

use std::fs;
use std::path::{Path, PathBuf};

use parallax::sorting;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let entries =
        fs::read_dir(dir).unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry can be read").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    sorting::sort(&mut files);
    files
}

/// The engine layers must not know about the browser: no web crate is named in them.
#[test]
fn engine_has_no_web_dependency() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let web = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "serde_wasm_bindgen"];
    for layer in ["text", "extract", "compare", "report"] {
        for file in rust_files(&root.join(layer)) {
            let source = fs::read_to_string(&file).expect("source files are UTF-8");
            for krate in web {
                assert!(
                    !source.contains(&format!("{krate}::")),
                    "{} names the web crate `{krate}`; the engine must stay web-free",
                    file.display()
                );
            }
        }
    }
}

/// The UI never analyses: within `src/ui/`, only the engine's worker (`worker.rs`) and its
/// helper (`sharing/`), which run in Web Workers, call the engine; the rest renders reports.
#[test]
fn only_the_workers_run_the_engine() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("ui");
    let calls = ["crate::analyse", "crate::read(", "extract::extract(", "compare::compare"];
    for file in rust_files(&ui) {
        let relative = file.strip_prefix(&ui).expect("the file is under src/ui");
        if relative == Path::new("worker.rs") || relative.starts_with("sharing") {
            continue;
        }
        let source = fs::read_to_string(&file).expect("source files are UTF-8");
        // Unit tests may run the engine for a report to work on.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for call in calls {
            assert!(
                !code.contains(call),
                "{} calls the engine (`{call}`); only the workers may",
                file.display()
            );
        }
    }
}

/// Every source file says what it is for in a `//!` comment on its first line.
#[test]
fn every_file_opens_with_a_module_doc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["src", "tests", "benches"] {
        let dir = root.join(dir);
        if !dir.exists() {
            continue;
        }
        for file in rust_files(&dir) {
            let source = fs::read_to_string(&file).expect("source files are UTF-8");
            assert!(source.starts_with("//!"), "{} does not open with a `//!` doc", file.display());
        }
    }
}
