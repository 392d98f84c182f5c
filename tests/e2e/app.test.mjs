// End-to-end tests of the release build in headless Chromium: what a reader does, checked the
// way a reader sees it. Run with `node --test tests/e2e/` after `trunk build --release`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { appUnderTest, screenshot, dropFiles, artifacts, measurePaste, downloadBytes } from './support.mjs';

const app = appUnderTest();

const cards = (page) => page.locator('.article-card');
const card = (page, n) => cards(page).nth(n);
const words = (locator) => locator.locator('.stats .words');

/** The number in a "1,234 words" line. */
async function count(locator) {
  const text = await locator.textContent();
  return Number(text.replace(/[^0-9]/g, ''));
}

test('the whole app downloads in at most 1 MB gzipped (issue #7)', async () => {
  const bytes = await downloadBytes();
  console.log(`download: ${bytes} B gzip`);
  assert.ok(bytes <= 1_000_000, `dist/ is ${bytes} B gzipped, over the 1,000,000 B budget`);
});

test('the example loads on a first visit, and again with one click', async () => {
  const { page, check } = await app.open();
  await assert.doesNotReject(words(card(page, 1)).waitFor());
  assert.equal(await cards(page).count(), 2);
  for (const n of [0, 1]) {
    const result = card(page, n);
    assert.ok((await count(words(result))) > 50, 'each example article has its words counted');
    assert.ok((await count(result.locator('.stats .paragraphs'))) >= 3);
    assert.ok((await count(result.locator('.stats .sentences'))) >= 5);
    assert.match(await result.locator('.article-name').inputValue(), /\.txt$/);
    // The example is written with an outlet line, a headline and a byline; the report has them
    // (the outlet and headline fill the card's editable fields).
    for (const field of ['outlet', 'headline']) {
      assert.ok((await page.getByLabel(`Article ${n + 1} ${field}`).inputValue()).length > 3, `${field} found`);
    }
    assert.equal(await result.locator('.field.byline dd.missing').count(), 0, 'byline found');
    assert.equal(await result.locator('.field.byline').count(), 1);
  }
  await screenshot(page, 'example');

  await page.getByRole('button', { name: 'Clear all' }).click();
  await card(page, 0).locator('.empty-note').waitFor();
  await page.getByRole('button', { name: 'Load example' }).click();
  await words(card(page, 1)).waitFor();
  assert.equal(await cards(page).count(), 2);
  await check();
});

test('two pasted texts are analysed', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  const first = 'Rivers rose overnight in the valley.\n\nThe council met on Monday. It voted to act.';
  const second = 'A council vote followed the flood.\n\nResidents were moved. Buses came at noon.\n\nRain is expected again.';
  await page.getByLabel('Article 1 text').fill(first);
  await page.getByLabel('Article 2 text').fill(second);
  await words(card(page, 1)).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.stats .words').length === 2);
  assert.equal(await count(words(card(page, 0))), 15);
  assert.equal(await count(words(card(page, 1))), 17);
  await screenshot(page, 'pasted');
  await check();
});

test('a dropped .txt file is loaded into an empty article', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByLabel('Article 1 text').fill('Kept as it was. Nothing here changes.');
  const text = 'Dropped headline\n\nThe dropped article has one paragraph of body text.';
  await dropFiles(page, [{ name: 'dropped.txt', type: 'text/plain', bytes: Buffer.from(text) }]);
  await assert.doesNotReject(
    page.waitForFunction(() => document.querySelectorAll('.article-name')[1]?.value === 'dropped.txt'),
  );
  assert.equal(await page.getByLabel('Article 2 text').inputValue(), text);
  assert.equal(await page.getByLabel('Article 1 text').inputValue(), 'Kept as it was. Nothing here changes.');
  await words(card(page, 1)).waitFor();
  await screenshot(page, 'dropped');
  await check();
});

test('a non-UTF-8 or binary file gets a message and the articles stay as they were', async () => {
  const { page, check } = await app.open();
  await words(card(page, 1)).waitFor();
  const before = await page.locator('.article-text').evaluateAll((areas) => areas.map((a) => a.value));
  const names = await page.locator('.article-name').evaluateAll((inputs) => inputs.map((i) => i.value));
  await dropFiles(page, [
    { name: 'latin1.txt', type: 'text/plain', bytes: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    { name: 'image.png', type: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0]) },
  ]);
  const error = page.locator('.message.error');
  await page.waitForFunction(() => document.querySelectorAll('.message.error li').length === 2);
  assert.match(await error.textContent(), /“latin1\.txt” was not loaded: it is not UTF-8 text/);
  assert.match(await error.textContent(), /“image\.png” was not loaded: it (is not UTF-8 text|looks like a binary file)/);
  assert.deepEqual(await page.locator('.article-text').evaluateAll((areas) => areas.map((a) => a.value)), before);
  assert.deepEqual(await page.locator('.article-name').evaluateAll((inputs) => inputs.map((i) => i.value)), names);
  await screenshot(page, 'bad-file');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await error.count(), 0);
  await check();
});

test('empty and single articles say what is missing', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  assert.equal(await page.locator('.empty-note').count(), 2);
  await page.getByLabel('Article 1 text').fill('One article alone. It has two sentences.');
  const note = page.locator('.message.note');
  await note.waitFor();
  assert.match(await note.textContent(), /second article/);
  assert.equal(await page.locator('.empty-note').count(), 1);
  await page.getByRole('button', { name: 'Remove Article 2' }).click();
  assert.equal(await cards(page).count(), 1);
  assert.ok(await page.getByRole('button', { name: 'Remove Article 1' }).isDisabled(), 'the last article stays');
  await page.getByLabel('Article 1 text').fill('   \n\t ');
  await page.locator('.empty-note').waitFor();
  await screenshot(page, 'empty');
  await check();
});

test('a 5 MB paste is analysed and the page says how long it was busy', async () => {
  const { page, check } = await app.open();
  await page.getByRole('button', { name: 'Clear all' }).click();
  const timing = await measurePaste(page);
  assert.ok(timing.bytes >= 5 * 1024 * 1024);
  assert.match(timing.words, /^[0-9,]+ words$/);
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'paste-5mb.json'), JSON.stringify(timing, null, 2));
  console.log(`5 MB paste: ${JSON.stringify(timing)}`);
  await screenshot(page, 'paste-5mb');
  await check();
});
