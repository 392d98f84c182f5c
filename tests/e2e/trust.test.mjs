// End-to-end tests of what makes the app safe to rely on: the Content-Security-Policy, and
// offline use after the first visit. Run after `trunk build --release`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appUnderTest, dist } from './support.mjs';

const app = appUnderTest();

const summaries = (page) => page.locator('.finding .summary-text').allTextContents();

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
