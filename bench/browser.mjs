// The browser benchmark (`make bench-browser`, which builds target/bench-web first): loads the
// engine's release wasm and the peers (compromise, wink-nlp; bench/peers.js) into one page in
// headless Chromium and measures, after a warm-up, the median of several rounds (the tools
// taking turns within each round) of
//  - the named-entity recogniser on CoNLL-2003 eng.testb (tokens/s; read from ../shared);
//  - on the same invented news-like text of 10 KB, 100 KB and 1 MB, each size as one event of
//    two articles: the whole engine as the app runs it (structure, entities, quotes and the
//    comparison of the two; an event over 64 KB shared with a helper worker, as the app's
//    worker shares it: src/ui/sharing.rs, bench/helper.js), the same in one thread
//    (`parallax::analyse`), and each peer's entity and quote functions run per article
//    (words/s, words being runs of non-space characters), with Parallax's ratios to each peer;
//  - the app itself (the release build in dist/, served on 127.0.0.1): the time from
//    navigation to the example's first finding on screen, and what a 5 MB paste and a 5 MB
//    file opened cost the page's main thread (long tasks, as the e2e test measures them).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serveDist, measurePaste, measureFileOpen, downloadBytes } from '../tests/e2e/support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const conll = join(root, '..', 'shared', 'data', 'conll2003', 'eng.testb');
const runs = Number(process.env.RUNS ?? 5);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves the page, the built engine and the CoNLL file on 127.0.0.1. */
async function serve() {
  const routes = {
    '/': join(root, 'bench', 'index.html'),
    '/conll/eng.testb': conll,
    '/helper.js': join(root, 'bench', 'helper.js'),
  };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = routes[path] ?? join(root, 'target', 'bench-web', path);
    if (!routes[path] && !file.startsWith(join(root, 'target', 'bench-web'))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

async function main() {
  try {
    await readFile(conll);
  } catch {
    throw new Error(`${conll} is missing: the benchmark needs CoNLL-2003 in ../shared/data`);
  }
  try {
    await readFile(join(root, 'target', 'bench-web', 'bench-engine_bg.wasm'));
  } catch {
    throw new Error('target/bench-web is missing: run `make bench-browser`, which builds it');
  }
  try {
    await readFile(join(root, 'target', 'bench-web', 'peers.js'));
  } catch {
    throw new Error('target/bench-web/peers.js is missing: run `make bench-browser`, which bundles it');
  }
  const { server, url } = await serve();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const results = await page.evaluate(async (runs) => {
      const engine = await import('/bench-engine.js');
      await engine.default();
      const peers = await import('/peers.js');
      // The helper worker and the analysis shared with it, as the app's worker does it.
      const helper = new Worker('/helper.js', { type: 'module' });
      const replies = new Map();
      helper.onmessage = ({ data: { id, extraction } }) => {
        replies.get(id)(extraction);
        replies.delete(id);
      };
      let asked = 0;
      const extractInHelper = (text) => {
        const id = asked++;
        helper.postMessage({ id, text });
        return new Promise((resolve) => replies.set(id, resolve));
      };
      const shared = async (texts) => {
        const analysis = engine.share(texts);
        const sent = [...analysis.helped()].map((index) =>
          extractInHelper(texts[index]).then((extraction) => [index, extraction]),
        );
        let length = analysis.begin();
        for (const reply of sent) {
          const [index, extraction] = await reply;
          length = analysis.add(index, extraction);
        }
        analysis.free();
        if (!length) throw new Error('the shared analysis gave no report');
        return length;
      };
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      // Warm-up: a second of runs of each tool (at least one), so that every tool is timed
      // after the JIT compilers have optimised its hot code (V8 first runs wasm from a
      // baseline compiler, and JavaScript from an interpreter, and optimises in the
      // background). A cap on the number of runs would end a small input's warm-up before
      // that is done.
      const warm = async (work) => {
        const begin = performance.now();
        do await work();
        while (performance.now() - begin < 1000);
      };
      // The tools' timed runs take turns, round by round, so that the machine's ups and
      // downs (this is a shared virtual machine) fall on every tool alike and their ratios
      // hold steadier than when each tool is timed in a block of its own. Every size gets
      // all the rounds: a median of three (once the cap for tools taking seconds per run)
      // moved the 1 MB ratios by a tenth from run to run.
      const time = async (tools) => {
        for (const work of Object.values(tools)) await warm(work);
        const times = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
        for (let round = 0; round < runs; round++) {
          for (const [name, work] of Object.entries(tools)) {
            const start = performance.now();
            await work();
            times[name].push(performance.now() - start);
          }
        }
        return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
      };
      const testb = await (await fetch('/conll/eng.testb')).text();
      const tokens = engine.tag_conll(testb);
      const ner = { tokens, ms: (await time({ ner: () => engine.tag_conll(testb) })).ner };
      const analyse = [];
      for (const [label, bytes] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]]) {
        const texts = [engine.news_text(bytes / 2, 1), engine.news_text(bytes / 2, 2)];
        const words = texts.join(' ').match(/\S+/g).length;
        const times = await time({
          parallax: () => shared(texts),
          alone: () => engine.analyse(texts),
          compromise: () => texts.forEach((text) => peers.compromise(text)),
          wink: () => texts.forEach((text) => peers.winkNlp(text)),
        });
        analyse.push({ label, words, ...times });
      }
      helper.terminate();
      return { ner, analyse, agent: navigator.userAgent };
    }, runs);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const app = await measureApp(browser);
    const rate = (count, ms) => Math.round(count / (ms / 1000)).toLocaleString('en');
    console.log(`${results.agent}\nmedian of ${runs} rounds (the tools taking turns) after a warm-up of a second each\n`);
    console.log('| what | input | time | rate |\n|---|---|---:|---:|');
    const { ner } = results;
    console.log(
      `| recogniser (tag_document) | eng.testb, ${ner.tokens} tokens | ${ner.ms.toFixed(1)} ms | ${rate(ner.tokens, ner.ms)} tokens/s |`,
    );
    console.log(
      '\nParallax as the app runs it (an event over 64 KB shared with a helper worker), and in brackets in one thread (`analyse`)\n',
    );
    console.log('| input | Parallax (2 articles) | compromise | wink-nlp | Parallax ÷ compromise | Parallax ÷ wink-nlp |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const { label, words, parallax, alone, compromise, wink } of results.analyse) {
      const ratio = (peer) => `${(peer / parallax).toFixed(2)}× (${(peer / alone).toFixed(2)}×)`;
      console.log(
        `| ${label}, ${words} words | ${rate(words, parallax)} (${rate(words, alone)}) words/s | ${rate(words, compromise)} | ${rate(words, wink)} | ${ratio(compromise)} | ${ratio(wink)} |`,
      );
    }
    console.log('\n| the app (dist/, 127.0.0.1) | measured |\n|---|---:|');
    console.log(`| download: every file of dist/, gzip -9 (target ≤ 1,000,000 B) | ${(await downloadBytes()).toLocaleString('en')} B |`);
    console.log(`| navigation to the example's first finding (median of ${runs}) | ${app.firstFindingMs} ms |`);
    for (const [how, input] of [['paste', app.paste], ['file opened', app.file]]) {
      console.log(`| 5 MB ${how}: until its results are shown | ${input.untilResultsMs} ms |`);
      console.log(`| 5 MB ${how}: longest main-thread task (0: none over 50 ms) | ${input.longestTaskMs} ms |`);
      console.log(`| 5 MB ${how}: tasks over 50 ms | ${input.tasksOver50Ms} |`);
      console.log(`| 5 MB ${how}: longest freeze (10 ms heartbeat) | ${input.longestFreezeMs} ms |`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The app as a reader meets it: fresh pages (no cache, no saved session) timed from
 * navigation to the first finding of the built-in example; then a 5 MB paste.
 */
async function measureApp(browser) {
  const { server, url } = await serveDist();
  try {
    const times = [];
    let page;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      page = await context.newPage();
      // Noted by the page itself when the first finding is added, relative to navigation.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.finding')) {
            window.firstFindingAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(url);
      await page.locator('.finding').first().waitFor();
      times.push(await page.evaluate(() => window.firstFindingAt));
      if (i < runs - 1) await context.close();
    }
    times.sort((a, b) => a - b);
    await page.getByRole('button', { name: 'Clear all' }).click();
    const paste = await measurePaste(page);
    await page.context().close();
    // A 5 MB file opened in a fresh page, as the other way a long text comes in.
    const context = await browser.newContext();
    page = await context.newPage();
    await page.goto(url);
    await page.locator('.finding').first().waitFor();
    await page.getByRole('button', { name: 'Clear all' }).click();
    const file = await measureFileOpen(page);
    await context.close();
    return { firstFindingMs: Math.round(times[Math.floor(times.length / 2)]), paste, file };
  } finally {
    server.close();
  }
}

await main();
