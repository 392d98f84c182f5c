// Baseline for BENCHMARKS.md: how long Chromium alone is busy laying out a bare textarea that
// is given the same 5 MB text as the e2e paste test (no Parallax code on the page).
// Run: node tests/e2e/textarea-baseline.mjs

import { launch, PASTE_PARAGRAPH } from './support.mjs';

const browser = await launch();
const page = await browser.newPage();
await page.setContent('<textarea style="width:30rem;height:14rem"></textarea>');
const timing = await page.evaluate(async (paragraph) => {
  const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  const area = document.querySelector('textarea');
  const start = performance.now();
  area.value = text;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { bytes: text.length, untilNextFrameMs: Math.round(performance.now() - start) };
}, PASTE_PARAGRAPH);
console.log(`bare textarea, 5 MB: ${JSON.stringify(timing)}`);
await browser.close();
