// The peers of the browser benchmark (bench/browser.mjs), bundled for the page by esbuild in
// scripts/bench-browser.sh: each runs its own entity and quote functions over one article.
// Dev dependencies only; never part of the app.

import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const wink = winkNLP(model);

/** compromise: people, places, organisations and quotations; returns how many it found. */
export function compromise(text) {
  const doc = nlp(text);
  return (
    doc.people().out('array').length +
    doc.places().out('array').length +
    doc.organizations().out('array').length +
    doc.quotations().out('array').length
  );
}

/**
 * wink-nlp with its English lite model: tokens, sentences, part of speech and its entities
 * (dates, numbers, money and the like: it has no people, places or organisations); returns how
 * many entities it found.
 */
export function winkNlp(text) {
  const doc = wink.readDoc(text);
  return doc.entities().out().length + doc.sentences().length();
}
