// The bench page's helper worker, as the app's engine worker starts one for a long event
// (src/ui/sharing.rs): extracts the articles the page sends, with the same engine build.
import init, { extract } from '/bench-engine.js';

const ready = init();

onmessage = async ({ data: { id, text } }) => {
  await ready;
  postMessage({ id, extraction: extract(text) });
};
