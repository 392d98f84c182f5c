// Starts the engine's Web Worker (src/bin/worker.rs) from a file of the app's own: gloo's
// default loader is a blob: URL, which the page's Content-Security-Policy does not allow.
// Paths are relative to this file, which Trunk copies next to worker.js.
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
