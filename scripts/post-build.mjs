// Trunk's post-build hook (Trunk.toml), run on the staging folder before it becomes dist/:
//
// 1. The page's Content-Security-Policy (index.html) allows scripts from the page's own files
//    only. Trunk writes its bootstrap inline, so each inline script moves to a file of its
//    own, named by a hash of its text.
// 2. In a release build, the page's JavaScript that Trunk's own minifier leaves as it is (the
//    app's wasm-bindgen glue) is minified with esbuild, and its integrity hash in index.html
//    follows: 2 kB less to download (gzip).
// 3. The service worker (assets/sw.js) gets the list of the build's files and a version, a
//    hash of them all, so that a new build replaces what an older one kept.
//
// Fails loudly if the page has no inline script: Trunk's output changed, and this needs a look.

import { createHash } from 'node:crypto';
import { transform } from 'esbuild';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; this runs as a Trunk hook');
  process.exit(1);
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// 1. Inline scripts to files.
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
let moved = 0;
const inlineScripts = [];
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, body) => {
  if (/\ssrc=/.test(attributes) || body.trim() === '') return whole;
  if (/\{\{__TRUNK_/i.test(body)) {
    // `trunk serve`'s reload script: Trunk fills it in as it serves the page, so it cannot
    // move, and the policy refuses it. scripts/serve.sh serves with --no-autoreload.
    console.warn('post-build: an inline script Trunk fills in when serving stays inline, and the '
      + 'Content-Security-Policy refuses it; serve with --no-autoreload');
    return whole;
  }
  const name = `inline-${hash(body)}.js`;
  inlineScripts.push({ name, body });
  moved += 1;
  // A nonce only matters to an inline script; the file is allowed as one of the page's own.
  const kept = attributes.replace(/\snonce="[^"]*"/, '');
  return `<script${kept} src="${publicUrl}${name}"></script>`;
});
if (moved === 0) {
  console.error('post-build: no inline script in index.html; has Trunk changed its output?');
  process.exit(1);
}
for (const { name, body } of inlineScripts) {
  await writeFile(join(staging, name), body);
}

// 2. Minified glue. Each script the page loads with an integrity hash: Trunk's links carry
//    one (`integrity=sha384-…`), which must be the minified file's.
if (process.env.TRUNK_PROFILE === 'release') {
  let minified = 0;
  const tags = /<(?:link|script)\b[^>]*?\s(?:href|src)="?\/?([\w.-]+\.js)"?[^>]*\sintegrity="?(sha384-[^"\s>]+)"?[^>]*>/g;
  for (const [, name, integrity] of [...html.matchAll(tags)]) {
    const path = join(staging, name);
    const { code } = await transform(await readFile(path, 'utf8'), { minify: true, format: 'esm' });
    await writeFile(path, code);
    html = html.replace(integrity, `sha384-${createHash('sha384').update(code).digest('base64')}`);
    minified += 1;
  }
  if (minified === 0) {
    console.error('post-build: no script with an integrity hash in index.html; has Trunk changed its output?');
    process.exit(1);
  }
}
await writeFile(indexPath, html);

// 3. The service worker's list of files.
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  }));
  return nested.flat();
}
const swPath = join(staging, 'sw.js');
const built = (await files(staging))
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js')
  .sort();
const digest = createHash('sha256');
for (const path of built) {
  digest.update(path).update(await readFile(join(staging, path)));
}
// The page is kept under its folder's address, which is how it is opened.
const urls = built.map((path) => (path === 'index.html' ? './' : `./${path}`));
let sw = await readFile(swPath, 'utf8');
const stamped = sw
  .replace("const VERSION = 'unbuilt';", `const VERSION = 'parallax-${digest.digest('hex').slice(0, 16)}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(urls)};`);
if (stamped === sw || !stamped.includes('const FILES = [".')) {
  console.error('post-build: sw.js lacks the VERSION and FILES lines to fill in');
  process.exit(1);
}
await writeFile(swPath, stamped);
console.log(`post-build: moved ${moved} inline script(s) to files; the service worker keeps ${urls.length} files`);
