// End-to-end tests of what makes the app safe to rely on: the permalink (articles in the
// address's fragment, never sent to the server), the session kept between visits (and the
// message when it is too big), Clear all with undo, the Content-Security-Policy, and offline
// use after the first visit. Screenshots of the new UI at desktop width and at 375 px go to
// tests/e2e/artifacts/. Run after `trunk build --release`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  appUnderTest, screenshot, axeViolations, dist, PASTE_PARAGRAPH, waitUntilKept, keptArticles,
} from './support.mjs';

const app = appUnderTest();

// Two short reports of one invented event, written for these tests.
const ARTICLES = [
  {
    name: 'north-gazette.txt',
    text: 'The North Gazette\n\nFerry service resumes after storm\n\n' +
      'Ferries to Orran Island ran again on Tuesday after 4 days of storms, the port said.\n\n' +
      '"We checked every pier before the first crossing," harbour master Ilse Marrow said. ' +
      'About 600 passengers crossed by noon.',
  },
  {
    name: 'island-post.txt',
    text: 'Island Post\n\nFerries back after the storm\n\n' +
      'The Orran Island ferries returned on Tuesday after 3 days of storms.\n\n' +
      '"We checked every pier," harbour master Ilse Marow said. ' +
      'Deputy mayor Tomas Reede said the island had run short of bread.',
  },
];

const texts = (page) => page.locator('.article-text').evaluateAll((areas) => areas.map((a) => a.value));
const names = (page) => page.locator('.article-name').evaluateAll((inputs) => inputs.map((i) => i.value));
const summaries = (page) => page.locator('.finding .summary-text').allTextContents();

/** Replaces the articles with `articles` and waits for their findings. */
async function type(page, articles) {
  await page.getByRole('button', { name: 'Clear all' }).click();
  for (const [n, { name, text }] of articles.entries()) {
    if (n >= 2) await page.getByRole('button', { name: 'Add article' }).click();
    await page.locator('.article-name').nth(n).fill(name);
    await page.locator('.article-text').nth(n).fill(text);
  }
  await page.waitForFunction((count) => document.querySelectorAll('.stats .words').length === count
    && document.querySelector('.finding'), articles.length);
}

/** Copies the permalink of the page's articles and returns it. */
async function copyPermalink(page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url() });
  await page.locator('.permalink summary').click();
  await page.getByRole('button', { name: 'Copy permalink' }).click();
  await page.locator('.permalink-status').filter({ hasText: 'Copied a link' }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a permalink opens the same articles and findings in a new page, and never reaches the server', async () => {
  const first = await app.open();
  await type(first.page, ARTICLES);
  const findings = await summaries(first.page);
  assert.ok(findings.length > 0);
  const link = await copyPermalink(first.page);
  assert.ok(link.startsWith(`${app.url()}#a=`), link);
  const payload = link.slice(link.indexOf('#a=') + 3);
  assert.match(payload, /^[A-Za-z0-9_-]+$/, 'base64url');
  // Compressed: the link is shorter than the texts it carries.
  assert.ok(payload.length < ARTICLES.map((a) => a.text).join('').length, `${payload.length} characters`);
  const note = await first.page.locator('.permalink-note').textContent();
  assert.match(note, /never send that part to any server/);
  assert.match(note, /Anyone who has the link can read them/);
  assert.deepEqual(await axeViolations(first.page), []);
  await screenshot(first.page, 'permalink');
  await first.page.setViewportSize({ width: 375, height: 800 });
  assert.ok(await first.page.evaluate(() => document.documentElement.scrollWidth) <= 375);
  await screenshot(first.page, 'permalink-375');
  await first.check();

  const servedBefore = app.served().length;
  const second = await app.open(link);
  await second.page.locator('.finding').first().waitFor();
  assert.deepEqual(await names(second.page), ARTICLES.map((a) => a.name));
  assert.deepEqual(await texts(second.page), ARTICLES.map((a) => a.text));
  assert.deepEqual(await summaries(second.page), findings);
  // Opened, the link's articles are the session: the address no longer carries them.
  assert.equal(await second.page.evaluate(() => location.hash), '');
  await waitUntilKept(second.page, ARTICLES.map((a) => a.text));
  const served = app.served().slice(servedBefore);
  assert.ok(served.length > 0);
  for (const target of served) {
    assert.ok(!target.includes('#') && !target.includes(payload.slice(0, 24)), `sent to the server: ${target}`);
  }
  await second.check();
});

test('a link too long for some apps comes with a warning', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  // Letters in an order deflate cannot shorten much: a 60 KB text makes a link over 32 KB.
  const text = await page.evaluate(() => {
    let seed = 7;
    const letters = [];
    for (let i = 0; i < 60_000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      letters.push(i % 7 === 6 ? ' ' : String.fromCharCode(97 + (seed >> 16) % 26));
    }
    return letters.join('');
  });
  await page.getByLabel('Article 1 text').fill(text);
  const link = await copyPermalink(page);
  assert.ok(link.length > 32 * 1024, `${link.length} characters`);
  const warning = page.locator('.permalink-status .warning');
  assert.match(await warning.textContent(), /longer than some apps and sites accept/);
  await screenshot(page, 'permalink-long');
  await check();
});

test('a damaged permalink says so, and the reader’s articles stay as they were', async () => {
  const source = await app.open();
  await type(source.page, ARTICLES);
  const link = await copyPermalink(source.page);
  await source.check();

  const { page, check } = await app.open();
  const own = 'My own draft, kept while links come and go.';
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByLabel('Article 1 text').fill(own);
  await waitUntilKept(page, [own, '']);
  const payload = link.slice(link.indexOf('#a=') + 3);
  for (const [fragment, why, shot] of [
    // Cut at a whole number of base64 groups, the bytes are fine and the deflate is not.
    [`a=${payload.slice(0, (payload.length >> 3) * 4)}`, /damaged/, 'permalink-cut-short'],
    ['a=not+base64url', /cut short or changed/, 'permalink-changed'],
    // 40 MB of one letter packs into 40 KB: the page stops unpacking at its limit.
    [`a=${deflateRawSync(Buffer.alloc(40 << 20, 'a')).toString('base64url')}`, /unpacks to more than 32 MB/, 'permalink-too-big'],
  ]) {
    // Only the fragment changes, as when a link is pasted into the address bar of an open tab.
    await page.evaluate((fragment) => { location.hash = fragment; }, fragment);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), why);
    assert.match(await alert.textContent(), /could not be opened/);
    assert.deepEqual(await texts(page), [own, '']);
    await screenshot(page, shot);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  // Opened with the damaged link, the page starts from the kept session and says why.
  await page.reload();
  await page.getByRole('alert').waitFor();
  assert.deepEqual(await texts(page), [own, '']);
  // A good link opened over the reader's articles can be undone.
  await page.evaluate((fragment) => { location.hash = fragment; }, link.slice(link.indexOf('#') + 1));
  await page.getByRole('button', { name: 'Back to your 2 articles' }).click();
  assert.deepEqual(await texts(page), [own, '']);
  await check();
});

test('drafts kept by an earlier version (in localStorage) open, and move to IndexedDB', async () => {
  const legacy = ARTICLES.map(({ name, text }) => ({ name, text }));
  const { page, check } = await app.open(undefined, {
    // Once per tab, as the earlier version left them; not again on the reload below.
    init: `if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('parallax.drafts.v1', ${JSON.stringify(JSON.stringify(legacy))});
    }`,
  });
  await page.locator('.finding').first().waitFor();
  assert.deepEqual(await names(page), legacy.map((a) => a.name));
  assert.deepEqual(await texts(page), legacy.map((a) => a.text));
  await waitUntilKept(page, legacy.map((a) => a.text));
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax.drafts.v1')), null, 'the old copy goes');
  await page.reload();
  await page.locator('.finding').first().waitFor();
  assert.deepEqual(await texts(page), legacy.map((a) => a.text));
  await check();
});

test('a session kept in one record (before sessions took several) opens, and is kept anew', async () => {
  const { page, check } = await app.open();
  await page.locator('.finding').first().waitFor();
  // The example is kept once the page has settled; the earlier form replaces it after that.
  await waitUntilKept(page, await texts(page));
  const earlier = ARTICLES.map(({ name, text }) => ({ name, text }));
  await page.evaluate((json) => new Promise((resolve, reject) => {
    const opening = indexedDB.open('parallax');
    opening.onsuccess = () => {
      const writing = opening.result.transaction('session', 'readwrite');
      writing.objectStore('session').clear();
      writing.objectStore('session').put(json, 'last');
      writing.oncomplete = () => { opening.result.close(); resolve(); };
      writing.onerror = () => reject(writing.error);
    };
  }), JSON.stringify({ articles: earlier }));
  await page.reload();
  await page.locator('.finding').first().waitFor();
  assert.deepEqual(await texts(page), earlier.map((a) => a.text));
  const keys = () => page.evaluate(() => new Promise((resolve) => {
    const opening = indexedDB.open('parallax');
    opening.onsuccess = () => {
      const reading = opening.result.transaction('session').objectStore('session').getAllKeys();
      reading.onsuccess = () => { opening.result.close(); resolve(reading.result); };
    };
  }));
  await page.getByLabel('Article 2 text').fill(`${earlier[1].text} More.`);
  await waitUntilKept(page, [earlier[0].text, `${earlier[1].text} More.`]);
  assert.deepEqual(await keys(), [0], 'the next save keeps it in records keyed by number');
  await check();
});

test('the session is kept across a reload; Clear all removes it, and can be undone', async () => {
  const { page, check } = await app.open();
  await type(page, ARTICLES);
  await waitUntilKept(page, ARTICLES.map((a) => a.text));
  await page.reload();
  await page.locator('.finding').first().waitFor();
  assert.deepEqual(await names(page), ARTICLES.map((a) => a.name));
  assert.deepEqual(await texts(page), ARTICLES.map((a) => a.text));

  await page.getByRole('button', { name: 'Clear all' }).click();
  assert.deepEqual(await texts(page), ['', '']);
  const undo = page.locator('.undo');
  assert.match(await undo.textContent(), /Cleared 2 articles/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'cleared');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'cleared-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await undo.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await texts(page), ARTICLES.map((a) => a.text));
  assert.equal(await undo.count(), 0);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await waitUntilKept(page, null);
  await page.reload();
  await page.locator('.finding').first().waitFor();
  // Nothing kept: a first visit again, with the example.
  assert.deepEqual(await names(page), ['harbour-ledger.txt', 'valley-courier.txt']);
  await check();
});

test('a session the browser will not keep says so, and the page goes on', async () => {
  // The browser refuses to store anything, as when its quota is used up.
  const refuse = () => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  };
  const { page, check } = await app.open(undefined, { init: refuse });
  await type(page, ARTICLES);
  const note = page.locator('.message.note').filter({ hasText: 'will not be kept' });
  await note.waitFor();
  assert.match(await note.textContent(), /storage for this page is full/);
  assert.ok((await summaries(page)).length > 0, 'the findings are shown all the same');
  await screenshot(page, 'not-kept');
  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 375);
  await screenshot(page, 'not-kept-375');
  await check();
});

test('a 5 MB article is kept without a long task', async () => {
  // Notes when the app opens its database (the task that made the JSON) and when it hands
  // each record of the session over (the tasks that make a JS string and copy it), and how
  // long those calls take.
  const timePuts = () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function timedOpen(...args) {
      if (args[0] === 'parallax' && args.length > 1) window.openedAt = performance.now();
      return open.apply(this, args);
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function timedPut(...args) {
      const start = performance.now();
      const request = put.apply(this, args);
      (window.putCalls ??= []).push({ start, end: performance.now() });
      return request;
    };
  };
  const { page, check } = await app.open(undefined, { init: timePuts });
  await page.getByRole('button', { name: 'Clear all' }).click();
  await waitUntilKept(page, null);
  const timing = await page.evaluate(async (paragraph) => {
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: false });
    // Counting records reads no text, so polling costs the page nothing.
    const kept = () => new Promise((resolve) => {
      const opening = indexedDB.open('parallax');
      opening.onsuccess = () => {
        const counting = opening.result.transaction('session').objectStore('session').count();
        counting.onsuccess = () => { opening.result.close(); resolve(counting.result); };
      };
    });
    const area = document.querySelector('.article-text');
    const start = performance.now();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    while ((await kept()) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const keptAt = performance.now() - start;
    observer.disconnect();
    // Saving is short tasks: the timer's, then ones that make the JSON a slice of text at a
    // time, the last of them opens the database, and later ones hand the JSON to IndexedDB a
    // slice per record; the disk write is off the thread. A long task holding any of those
    // moments would be the save's. (The paste and the analysis request are measured by the
    // other 5 MB tests; the freeze after a 5 MB paste delays the timers.)
    const puts = window.putCalls;
    const holds = (t, at) => t.startTime <= at && at <= t.startTime + t.duration;
    const saving = longTasks.filter((t) => [window.openedAt, ...puts.map((p) => p.start)]
      .some((at) => holds(t, at)));
    return {
      openAtMs: Math.round(window.openedAt - start),
      records: puts.length,
      putsMs: [puts[0].start - start, puts.at(-1).start - start].map(Math.round),
      longestPutCallMs: Math.round(Math.max(...puts.map((p) => p.end - p.start))),
      keptAtMs: Math.round(keptAt),
      longestSavingTaskMs: Math.round(Math.max(0, ...saving.map((t) => t.duration))),
      otherLongTasks: longTasks.filter((t) => !saving.includes(t))
        .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime - start)} ms`),
    };
  }, PASTE_PARAGRAPH);
  console.log(`5 MB session save: ${JSON.stringify(timing)}`);
  assert.ok(timing.openAtMs >= 1000, 'saved after the pause, not on input');
  assert.ok(timing.longestSavingTaskMs < 50, `longest task while saving: ${timing.longestSavingTaskMs} ms`);
  assert.ok(timing.records > 1, 'a long session is kept in several records');
  await page.reload();
  // Back, and too long for the text box: its size and opening are shown instead.
  const long = page.getByRole('group', { name: 'Article 1 text' });
  assert.match(await long.locator('.long-text-note').textContent(), /^5\.0 MB of text/);
  assert.ok(PASTE_PARAGRAPH.startsWith((await long.locator('.long-text-opening').textContent()).slice(0, 100)));
  const kept = await keptArticles(page);
  assert.ok(kept[0].text.length >= 5 * 1024 * 1024, `restored ${kept[0].text.length} characters`);
  await check();
});

test('the Content-Security-Policy allows no other origin, and the app runs under it', async () => {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  assert.equal([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].length, 0, 'no inline script');
  const { page, violations, check } = await app.open();
  await page.locator('.finding').first().waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:']);
  for (const directive of ['object-src', 'base-uri', 'form-action']) {
    assert.deepEqual(directives[directive], ["'none'"], directive);
  }
  for (const [name, sources] of Object.entries(directives)) {
    for (const source of sources) {
      assert.ok(["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source) || (name === 'img-src' && source === 'data:'),
        `${name} allows ${source}`);
    }
  }
  // The policy is enforced: a script written into the page does not run.
  await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
  for (let waited = 0; violations.length === 0 && waited < 2000; waited += 50) {
    await page.waitForTimeout(50);
  }
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.deepEqual(violations.splice(0), ['script-src-elem refused inline']);
  // Every view draws under it (the article view sizes its placeholders without inline styles).
  for (const view of ['Articles', 'Quotes', 'Entities']) {
    await page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
  }
  await page.waitForTimeout(300);
  // The browser logs the refused script as an error; nothing else may be refused.
  await check([/^console error: Executing inline script violates the following Content Security Policy/]);
});

test('after one visit the app opens and analyses offline', async () => {
  const { page, check } = await app.open();
  await page.locator('.finding').first().waitFor();
  const findings = await summaries(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.finding').first().waitFor();
  assert.deepEqual(await summaries(page), findings);
  assert.ok(await page.evaluate(() => !navigator.onLine), 'the page was offline');
  await page.context().setOffline(false);
  await check();
});
