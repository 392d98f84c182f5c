// Helpers for the end-to-end tests: a static server for the release build in dist/, and a
// Chromium page that fails the test on any console error or request to another host.

import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const artifacts = join(root, 'tests', 'e2e', 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The app's whole download: every file of dist/ as `gzip -9` compresses it, in bytes (the
 * measure BENCHMARKS.md has used throughout; zlib's level 9, as in Node, gives about 0.6 %
 * more, brotli about 15 % less).
 */
export async function downloadBytes() {
  const files = (await readdir(dist, { withFileTypes: true })).filter((entry) => entry.isFile());
  const gzipped = (name) => execFileSync('gzip', ['-9c', join(dist, name)], { maxBuffer: 1 << 26 });
  return files.reduce((sum, { name }) => sum + gzipped(name).length, 0);
}

/**
 * Serves dist/ on 127.0.0.1 at a free port; resolves to { server, url, served }, where `served`
 * lists every request target the server received, as it received it.
 */
export async function serveDist() {
  try {
    await readFile(join(dist, 'index.html'));
  } catch {
    throw new Error(`${dist}/index.html is missing: run \`trunk build --release\` first`);
  }
  const served = [];
  const server = createServer(async (req, res) => {
    served.push(req.url);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/`, served };
}

/** Debian's Chromium, headless, with the flags this closed network needs (TOOLCHAIN.md). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Serves dist/ and launches Chromium once for a test file (node:test `before` and `after`);
 * returns `open(address, options)`, a fresh page as `openPage` gives it (at the served address,
 * or another, e.g. a permalink), `url()`, the served address, and `served()`, every request
 * target the server has received.
 */
export function appUnderTest() {
  let server;
  let url;
  let served;
  let browser;
  before(async () => {
    ({ server, url, served } = await serveDist());
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    open: (address, options) => openPage(browser, address ?? url, options),
    url: () => url,
    served: () => served,
  };
}

/**
 * A fresh page (fresh storage, so a first visit) that records console errors, page errors,
 * Content-Security-Policy violations (also in `violations`) and requests to any host but
 * 127.0.0.1 (those are also blocked). `options.init` is a script to run in the page before its
 * own. Call `check()` at the end.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const violations = [];
  // The page reports each violation of its policy; the browser only logs them, which
  // Playwright's console events do not include.
  await context.exposeBinding('reportCspViolation', (_, violation) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}`);
    });
  });
  if (options.init) await context.addInitScript(options.init);
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.protocol === 'data:' || target.hostname === '127.0.0.1') {
      return route.continue();
    }
    problems.push(`request to another host: ${target.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.locator('.article-card').first().waitFor();
  return {
    page,
    violations,
    /** Fails on any problem but those the test caused on purpose (`expected`, regexes). */
    async check(expected = []) {
      await context.close();
      problems.push(...violations.map((violation) => `CSP violation: ${violation}`));
      const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
      if (unexpected.length > 0) throw new Error(unexpected.join('\n'));
    },
  };
}

/** Saves a screenshot under tests/e2e/artifacts/. */
export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Drops files on the page with a synthetic drop event, as a browser does for a real drop. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, bytes, type } of files) {
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    }
    const target = document.querySelector('.page');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ ...f, bytes: Array.from(f.bytes) })));
}

/** One paragraph of the 5 MB paste (written for these tests), repeated to reach 5 MB. */
export const PASTE_PARAGRAPH =
  'The river rose by 3.5 metres overnight, officials said, and "about 300 people" were moved. ' +
  'Mayor Anna Vell said the town was "ready for worse". Engineers opened two gates at noon.\n\n';

/**
 * Pastes 5 MB of news-like text into the first article the way a reader does (the clipboard,
 * then Ctrl+V in its text box) and measures, until the results are shown and 200 ms after:
 * the longest main-thread task (PerformanceObserver), the longest gap in a 10 ms heartbeat
 * (the longest the page froze), and how long until the results.
 */
export async function measurePaste(page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await startMeasure(page, 'clipboard');
  await page.locator('.article-text').first().focus();
  await page.keyboard.press('Control+V');
  return finishMeasure(page);
}

/**
 * The same for a 5 MB .txt file opened with the page's file picker. The File is made in the
 * page and handed to the input as a picker would: Playwright's own `setInputFiles` decodes
 * megabytes on the page's thread itself, which would be counted against the app.
 */
export async function measureFileOpen(page) {
  await startMeasure(page, 'file');
  await page.evaluate(() => {
    const input = document.querySelector('input[type=file]');
    const files = new DataTransfer();
    files.items.add(window.measuredFile);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return finishMeasure(page);
}

/** Makes the 5 MB text, puts it on the clipboard or in a File (`into`), then starts watching. */
async function startMeasure(page, into) {
  return page.evaluate(async ([paragraph, into]) => {
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    if (into === 'clipboard') {
      await navigator.clipboard.writeText(text);
    } else {
      window.measuredFile = new File([text], 'five-megabytes.txt', { type: 'text/plain' });
    }
    const measure = { longTasks: [], last: 0, longestGap: 0 };
    new PerformanceObserver((list) => measure.longTasks.push(...list.getEntries()))
      .observe({ type: 'longtask', buffered: false });
    measure.last = performance.now();
    measure.heartbeat = setInterval(() => {
      const now = performance.now();
      measure.longestGap = Math.max(measure.longestGap, now - measure.last);
      measure.last = now;
    }, 10);
    measure.start = performance.now();
    measure.bytes = new TextEncoder().encode(text).length;
    window.inputMeasure = measure;
  }, [PASTE_PARAGRAPH, into]);
}

/** Waits for the word count of the measured article, then reports what the page went through. */
async function finishMeasure(page) {
  return page.evaluate(async () => {
    const measure = window.inputMeasure;
    const words = () => document.querySelector('.article-card .stats .words');
    while (!words()) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const shown = performance.now() - measure.start;
    await new Promise((resolve) => setTimeout(resolve, 200));
    clearInterval(measure.heartbeat);
    // Tasks from before the input (making the 5 MB text here) are not the app's.
    const longTasks = measure.longTasks.filter((t) => t.startTime >= measure.start);
    return {
      bytes: measure.bytes,
      words: words().textContent,
      untilResultsMs: Math.round(shown),
      longestTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      tasksOver50Ms: longTasks.filter((t) => t.duration > 50).length,
      longestFreezeMs: Math.round(measure.longestGap),
      busyMs: Math.round(longTasks.reduce((sum, t) => sum + t.duration, 0)),
    };
  });
}

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is; resolves to the violations
 * (id, impact and the first offending nodes), empty when there are none. The script is
 * evaluated through the debugging protocol, so the page's Content-Security-Policy allows it.
 */
export async function axeViolations(page) {
  const source = await readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations;
}

/** The articles of the session kept in IndexedDB, or null when none is kept. */
export function keptArticles(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const opening = indexedDB.open('parallax');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      if (!database.objectStoreNames.contains('session')) {
        database.close();
        resolve(null);
        return;
      }
      // The session is kept as JSON text, in records read in key order and joined.
      const reading = database.transaction('session').objectStore('session').getAll();
      reading.onsuccess = () => {
        database.close();
        try {
          resolve(reading.result.length === 0 ? null : JSON.parse(reading.result.join('')).articles);
        } catch (error) {
          reject(error);
        }
      };
      reading.onerror = () => reject(reading.error);
    };
  }));
}

/**
 * Waits until `view` of the kept session's articles (by default their texts; null when none
 * is kept) is `expected`.
 */
export async function waitUntilKept(page, expected, view = (articles) => articles?.map((a) => a.text) ?? null) {
  const deadline = Date.now() + 10_000;
  let kept;
  while (Date.now() < deadline) {
    kept = view(await keptArticles(page));
    if (JSON.stringify(kept) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(kept, expected, 'the kept session');
}
