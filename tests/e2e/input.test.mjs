// End-to-end tests of the input: HTML pages (dropped, picked, pasted) read for their story and
// never rendered or run, the outlet, headline and date a reader can edit and that reach the
// report, the limit of 20 articles, and the status line while an analysis runs. Screenshots of
// the input area at desktop width and at 375 px go to tests/e2e/artifacts/. The pages here are
// written for these tests. Run after `trunk build --release`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, access } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appUnderTest, screenshot, dropFiles, axeViolations, PASTE_PARAGRAPH, waitUntilKept } from './support.mjs';

const app = appUnderTest();
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A saved news page with a payload in every place a browser would run or fetch something. */
const HOSTILE_PAGE = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Lighthouse keeper retires after 40 years | Coastline Herald</title>
<meta property="og:site_name" content="Coastline Herald">
<meta property="article:published_time" content="2026-06-02T10:00:00Z">
<script>window.__ran = 'head script'; alert('head script')</script>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<style>body { background: url(https://cdn.example.com/bg.png) }</style>
</head>
<body onload="window.__ran = 'onload'; alert('onload')">
<nav><a href="/">Home</a> <a href="/sea">Sea</a></nav>
<article>
<h1>Lighthouse keeper retires after 40 years</h1>
<p>Edda Brunvoll climbed the 112 steps of the Skarvik light for the last time on Monday, ending a career that began in 1986.</p>
<img src="x" onerror="window.__ran = 'onerror'; alert('onerror')">
<img src="https://tracker.example.net/pixel.gif" alt="">
<p>&ldquo;The sea never looked the same twice,&rdquo; she said. <a href="javascript:alert('link')">Read her letters</a>.</p>
<iframe src="https://video.example.org/embed/1"></iframe>
<svg onload="alert('svg')"><script>alert('svg script')</script></svg>
<script>window.__ran = 'inline script'; alert('inline script')</script>
<p>The light will be run from the harbour office in Vardal from July, the coastal authority said.</p>
</article>
<footer>Contact the Coastline Herald</footer>
</body></html>`;

const STORY = [
  'Edda Brunvoll climbed the 112 steps of the Skarvik light for the last time on Monday, ending a career that began in 1986.',
  '“The sea never looked the same twice,” she said. Read her letters.',
  'The light will be run from the harbour office in Vardal from July, the coastal authority said.',
].join('\n\n');

/**
 * Watches the page for anything the HTML could have put there: a dialog (fails at once), a
 * script, iframe, image, object, style or link element added, an `on…` or `javascript:`
 * attribute, or a global the payloads set. Resolves to `found()`, the list of what was seen.
 */
async function guard(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.evaluate(() => {
    window.__seen = [];
    const risky = /^(SCRIPT|IFRAME|IMG|OBJECT|EMBED|STYLE|LINK|SVG)$/i;
    const check = (el) => {
      if (risky.test(el.tagName)) window.__seen.push(`element ${el.tagName}`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || /javascript:/i.test(attr.value)) window.__seen.push(`attribute ${attr.name}=${attr.value}`);
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') check(record.target);
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) [node, ...node.querySelectorAll('*')].forEach(check);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  const scripts = await page.evaluate(() => document.scripts.length);
  return async () => {
    const seen = await page.evaluate(() => window.__seen);
    const ran = await page.evaluate(() => window.__ran ?? null);
    const added = (await page.evaluate(() => document.scripts.length)) - scripts;
    return [...dialogs.map((d) => `dialog: ${d}`), ...seen, ...(ran ? [`ran: ${ran}`] : []), ...(added ? [`${added} scripts added`] : [])];
  };
}

const status = (page) => page.locator('.analysis-status[role=status]');

/** Waits for an analysis to start and finish (the status line shows, then empties). */
async function analysed(page) {
  await page.waitForFunction(() => /Analysing/.test(document.querySelector('.analysis-status')?.textContent ?? ''));
  await page.waitForFunction(() => document.querySelector('.analysis-status')?.textContent.trim() === '', null, { timeout: 60_000 });
}

/** The report as the JSON export downloads it. */
async function exportedReport(page) {
  await page.locator('.export summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'JSON', exact: true }).click(),
  ]);
  await page.locator('.export summary').click();
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

const text = (page, n) => page.getByLabel(`Article ${n} text`);
const part = (page, n, name) => page.getByLabel(`Article ${n} ${name}`);

test('a dropped HTML page becomes its story: nothing of it runs, renders or loads', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  const found = await guard(page);
  await dropFiles(page, [{ name: 'lighthouse.html', type: 'text/html', bytes: Buffer.from(HOSTILE_PAGE) }]);
  await page.waitForFunction((story) => document.querySelector('.article-text')?.value === story, STORY);
  assert.equal(await page.getByLabel('Article 1 name').inputValue(), 'lighthouse.html');
  assert.equal(await part(page, 1, 'outlet').inputValue(), 'Coastline Herald');
  assert.equal(await part(page, 1, 'headline').inputValue(), 'Lighthouse keeper retires after 40 years');
  assert.equal(await part(page, 1, 'date').inputValue(), '2026-06-02');
  // The story is analysed: its quote is found, with its speaker.
  await page.locator('.article-card .quote').first().waitFor();
  assert.match(await page.locator('.article-card .quote').first().textContent(), /never looked the same twice/);
  // Let any delayed payload have its chance before looking.
  await page.waitForTimeout(300);
  assert.deepEqual(await found(), []);
  await screenshot(page, 'input-html-page');
  await check();
});

test('the outlet, headline and date are editable, and the edits reach the report', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await dropFiles(page, [{ name: 'lighthouse.html', type: 'text/html', bytes: Buffer.from(HOSTILE_PAGE) }]);
  await page.waitForFunction((story) => document.querySelector('.article-text')?.value === story, STORY);
  await page.locator('.article-card .quote').first().waitFor();
  let report = await exportedReport(page);
  assert.equal(report.articles[0].outlet, 'Coastline Herald');
  assert.equal(report.articles[0].date, '2026-06-02');

  await part(page, 1, 'outlet').fill('The Skarvik Signal');
  await analysed(page);
  await part(page, 1, 'headline').fill('Last climb for Skarvik keeper');
  await analysed(page);
  await part(page, 1, 'date').fill('2026-06-03');
  await analysed(page);
  report = await exportedReport(page);
  assert.equal(report.articles[0].outlet, 'The Skarvik Signal');
  assert.equal(report.articles[0].headline, 'Last climb for Skarvik keeper');
  assert.equal(report.articles[0].date, '2026-06-03');

  // An emptied field says the article has none; it stays empty rather than refilling.
  await part(page, 1, 'outlet').fill('');
  await analysed(page);
  assert.equal(await part(page, 1, 'outlet').inputValue(), '');
  report = await exportedReport(page);
  assert.equal(report.articles[0].outlet, null);
  // The edits are kept with the articles (saved a moment after the last change).
  await waitUntilKept(page, 'Last climb for Skarvik keeper', (articles) => articles?.[0]?.parts?.headline);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('.article-text')?.value.startsWith('Edda'));
  assert.equal(await part(page, 1, 'headline').inputValue(), 'Last climb for Skarvik keeper');
  await check();
});

test('a picked HTML file and pasted page source are read the same way', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  const found = await guard(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'picked.htm', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_PAGE),
  });
  await page.waitForFunction((story) => document.querySelector('.article-text')?.value === story, STORY);
  const pasted = '<!DOCTYPE html><html><head><meta property="og:title" content="Harbour fees rise">' +
    '<meta property="og:site_name" content="Port Daily"></head><body><div class="story">' +
    '<p>Harbour fees will rise by 4 percent in January, the port board said on Friday.</p>' +
    '<p><img src=x onerror="alert(2)">Fishing boats are exempt until March, it added.</p></div></body></html>';
  await text(page, 2).fill(pasted);
  await page.waitForFunction(() => document.querySelectorAll('.article-text')[1]?.value.startsWith('Harbour fees'));
  assert.equal(
    await text(page, 2).inputValue(),
    'Harbour fees will rise by 4 percent in January, the port board said on Friday.\n\nFishing boats are exempt until March, it added.',
  );
  assert.equal(await part(page, 2, 'outlet').inputValue(), 'Port Daily');
  assert.equal(await part(page, 2, 'headline').inputValue(), 'Harbour fees rise');
  assert.deepEqual(await found(), []);
  await check();
});

test('at most 20 articles: a 21st is refused with a message', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  const add = page.getByRole('button', { name: 'Add article' });
  for (let n = 2; n < 20; n += 1) await add.click();
  assert.equal(await page.locator('.article-card').count(), 20);
  await add.click();
  const error = page.locator('.message.error[role=alert]');
  await error.waitFor();
  assert.match(await error.textContent(), /No article was added: Parallax compares at most 20 articles/);
  assert.equal(await page.locator('.article-card').count(), 20);
  // A dropped file fills an empty article while there is one, and is refused after that.
  for (let n = 1; n <= 20; n += 1) await text(page, n).fill(`Article number ${n} has text.`);
  await dropFiles(page, [{ name: 'extra.txt', type: 'text/plain', bytes: Buffer.from('One more.') }]);
  await page.waitForFunction(() => /extra\.txt/.test(document.querySelector('.message.error')?.textContent ?? ''));
  assert.equal(await page.locator('.article-card').count(), 20);
  await check();
});

/** The URLs of the page's workers as they end (terminate() is the only way this app ends one). */
function endedWorkers(page) {
  const ended = [];
  const watch = (worker) => worker.on('close', () => ended.push(worker.url()));
  page.workers().forEach(watch);
  page.on('worker', watch);
  return ended;
}

/**
 * 2 MB of news-like text (then `ending`) pasted into the `n`th text box on the page: what the
 * browser does after a paste, the value changing and an input event firing.
 */
async function pasteLong(page, n, ending = '') {
  await page.evaluate(
    ([n, paragraph, ending]) => {
      const area = document.querySelectorAll('.article-text')[n];
      area.value = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length)) + ending;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    [n, PASTE_PARAGRAPH, ending],
  );
}

test('a long analysis shows its progress, and an edit cancels it and starts again', async () => {
  const { page, check } = await app.open();
  await page.locator('.article-card .stats .words').nth(1).waitFor();
  const ended = endedWorkers(page);
  assert.equal(page.workers().length, 1, 'one engine worker');
  assert.equal((await status(page).textContent()).trim(), '', 'idle: the status line is empty');
  await pasteLong(page, 0);
  await page.waitForFunction(() => /Analysing 2 articles…/.test(document.querySelector('.analysis-status')?.textContent ?? ''));
  assert.match(await status(page).textContent(), /Editing an article starts the analysis again/);
  assert.ok(await status(page).locator('.spinner').isVisible(), 'a spinner turns while it works');
  // Past the pause before the engine starts: the worker is busy with 2 MB, and it still says so.
  await busy(page.workers()[0]);
  assert.match(await status(page).textContent(), /Analysing 2 articles…/);
  // An edit meanwhile: the busy worker is ended (not left to finish 2 MB), a fresh one
  // analyses the new text, and the report that comes back is for it.
  assert.deepEqual(ended, [], 'still analysing the 2 MB text');
  await text(page, 2).fill('A second text, short. It has two sentences.');
  for (let tries = 0; ended.length === 0 && tries < 50; tries++) await page.waitForTimeout(100);
  assert.equal(ended.length, 1, 'the worker busy with the old text was ended');
  assert.equal(page.workers().length, 1, 'and one engine worker is left');
  await screenshot(page, 'input-progress');
  await page.waitForFunction(() => document.querySelector('.analysis-status')?.textContent.trim() === '', null, { timeout: 60_000 });
  const words = await page.locator('.article-card').nth(1).locator('.stats .words').textContent();
  assert.equal(words, '8 words');
  await check();
});

test('a long event is shared with a second worker, and reports as the command line does', async () => {
  // The engine's command line, which `cargo test` builds before these tests run (`make test`).
  const cli = join(root, 'target', 'debug', 'parallax');
  await access(cli).catch(() => assert.fail(`${cli} is missing: run \`cargo build --bin parallax\` first`));
  const { page, check } = await app.open();
  await page.locator('.article-card .stats .words').nth(1).waitFor();
  // Two articles of ~37 KB each (the example's, forty times over): over the 64 KB at which
  // the engine's worker shares an event's articles with a helper worker.
  const dir = await mkdtemp(join(tmpdir(), 'parallax-shared-'));
  const files = [];
  for (const name of ['harbour-ledger.txt', 'valley-courier.txt']) {
    const story = await readFile(join(root, 'assets', 'example', name), 'utf8');
    const text = `${story.trim()}\n\n`.repeat(40);
    await writeFile(join(dir, name), text);
    files.push({ name, path: join(dir, name), bytes: Buffer.from(text), type: 'text/plain' });
  }
  await page.getByRole('button', { name: 'Clear all' }).click();
  await dropFiles(page, files);
  await page.waitForFunction(
    () => document.querySelectorAll('.article-card .stats .words').length === 2 && document.querySelector('.analysis-status')?.textContent.trim() === '',
    null,
    { timeout: 60_000 },
  );
  assert.equal(page.workers().length, 2, 'the engine worker and the helper it started');
  const shown = await exportedReport(page);
  const fromCli = JSON.parse(execFileSync(cli, ['analyse', '--format', 'json', ...files.map((f) => f.path)], { maxBuffer: 1 << 28 }));
  assert.ok(shown.quote_pairs.length > 10 && shown.findings.length > 10, 'the two articles were compared');
  assert.deepEqual(shown, fromCli);
  await check();
});

test('an edit during a shared analysis ends the worker and its helper', async () => {
  const { page, check } = await app.open();
  await page.locator('.article-card .stats .words').nth(1).waitFor();
  const ended = endedWorkers(page);
  // Two articles of 2 MB (not the same text), the second first: a text that long leaves its
  // text box, so the first article's box is then the only one.
  await pasteLong(page, 1, 'The end.');
  await pasteLong(page, 0);
  await page.waitForFunction(() => /Analysing 2 articles…/.test(document.querySelector('.analysis-status')?.textContent ?? ''));
  for (let tries = 0; page.workers().length < 2 && tries < 200; tries++) await page.waitForTimeout(50);
  assert.equal(page.workers().length, 2, 'the worker started its helper for 4 MB');
  await page.getByRole('button', { name: 'Clear all' }).click();
  for (let tries = 0; ended.length < 2 && tries < 50; tries++) await page.waitForTimeout(100);
  assert.equal(ended.length, 2, 'the busy worker was ended, and its helper with it');
  assert.equal(page.workers().length, 1, 'one fresh engine worker is left');
  await check();
});

test('a long paste stays out of the text box: its size and opening show, and it can be edited anyway', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url() });
  const long = PASTE_PARAGRAPH.repeat(Math.ceil(300_000 / PASTE_PARAGRAPH.length));
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  // A real paste (Ctrl+V) after a few words of one's own: the paste goes where the caret is.
  await text(page, 1).fill('Before. ');
  await text(page, 1).press('End');
  await text(page, 1).press('Control+V');
  const box = page.getByRole('group', { name: 'Article 1 text' });
  assert.match(await box.locator('.long-text-note').textContent(), /^0\.3 MB of text: too long to edit smoothly here/);
  assert.ok(await box.evaluate((group) => group === document.activeElement), 'the focus stays with the article');
  assert.ok((await box.locator('.long-text-opening').textContent()).startsWith(`Before. ${PASTE_PARAGRAPH.slice(0, 40)}`));
  await page.locator('.article-card .stats .words').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'input-long-text');
  await box.getByRole('button', { name: /Edit here anyway/ }).click();
  assert.equal(await text(page, 1).inputValue(), `Before. ${long}`);
  await check();
});

/** Resolves once `worker` is in the middle of a job: a script sent to it waits over 200 ms. */
async function busy(worker) {
  for (const start = Date.now(); Date.now() - start < 20_000; ) {
    const answered = await Promise.race([
      worker.evaluate(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 200)),
    ]);
    if (!answered) return;
  }
  throw new Error('the worker was never busy for 200 ms in 20 s');
}

test('the input area at desktop width and 375 px: screenshots, no overflow, axe', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await dropFiles(page, [{ name: 'lighthouse.html', type: 'text/html', bytes: Buffer.from(HOSTILE_PAGE) }]);
  await page.locator('.article-card .quote').first().waitFor();
  await text(page, 2).fill('Second article. It is short.');
  await page.locator('.article-card .stats .words').nth(1).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'input-desktop');
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page is ${width} px wide at 375 px`);
  await screenshot(page, 'input-375');
  await check();
});
