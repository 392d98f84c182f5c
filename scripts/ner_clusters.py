#!/usr/bin/env python3
"""Derive word clusters for the NER model from unlabelled news text.

Reads the PolNeAR training texts (../shared/data/polnear/train/text/*.txt) and the words of
CoNLL-2003 eng.train (its text only, no tags), represents each frequent lower-cased word by
the words seen to its left and right (counts over the most frequent context words, log-scaled,
unit length), and groups the words with spherical k-means at two granularities, coarse and
fine: a cheap stand-in for Brown clusters. Writes src/extract/ner/clusters.txt, one
`coarse fine word word ...` line per pair of clusters (a line per word would repeat the
numbers 12,000 times in the app's download); the texts themselves are never copied.

Deterministic: fixed vocabulary order (count, then word), centroids started from the most
frequent words, a fixed number of iterations. Needs numpy (pip install numpy).
Usage: python3 scripts/ner_clusters.py [SHARED_DATA_DIR]
"""

import collections
import pathlib
import re
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "extract" / "ner" / "clusters.txt"
MIN_COUNT = 4
MAX_WORDS = 12_000
CONTEXT_WORDS = 400
SIZES = (64, 512)
ITERATIONS = 25
# CoNLL-style tokens: words with inner apostrophes, dots or hyphens, numbers, or one symbol.
TOKEN = re.compile(r"[A-Za-z]+(?:[.'’\-][A-Za-z]+)*\.?|\d+(?:[.,:]\d+)*|[^\sA-Za-z\d]")


def sentences():
    for path in sorted((DATA / "polnear" / "train" / "text").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            tokens = [t.lower() for t in TOKEN.findall(line.replace("’", "'"))]
            if tokens:
                yield tokens
    words = []
    for line in (DATA / "conll2003" / "eng.train").read_text(encoding="utf-8").splitlines():
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if words:
                yield words
            words = []
        else:
            words.append(columns[0].lower())
    if words:
        yield words


def main():
    corpus = list(sentences())
    counts = collections.Counter(w for s in corpus for w in s)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    vocab = [w for w, c in ranked if c >= MIN_COUNT and any(ch.isalpha() for ch in w)][:MAX_WORDS]
    row = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, (w, _) in enumerate(ranked[:CONTEXT_WORDS])}
    other = CONTEXT_WORDS
    width = 2 * (CONTEXT_WORDS + 2)
    vectors = np.zeros((len(vocab), width), dtype=np.float64)
    for s in corpus:
        padded = ["<s>"] + s + ["</s>"]
        for i in range(1, len(padded) - 1):
            r = row.get(padded[i])
            if r is None:
                continue
            left = context.get(padded[i - 1], other + (padded[i - 1] == "<s>"))
            right = context.get(padded[i + 1], other + (padded[i + 1] == "</s>"))
            vectors[r, left] += 1
            vectors[r, CONTEXT_WORDS + 2 + right] += 1
    vectors = np.log1p(vectors)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    assignments = []
    for k in SIZES:
        centroids = vectors[:k].copy()
        for _ in range(ITERATIONS):
            labels = np.argmax(vectors @ centroids.T, axis=1)
            for c in range(k):
                members = vectors[labels == c]
                if len(members):
                    centroid = members.sum(axis=0)
                    centroids[c] = centroid / (np.linalg.norm(centroid) + 1e-12)
        assignments.append(np.argmax(vectors @ centroids.T, axis=1))
    groups = collections.defaultdict(list)
    for i, w in enumerate(vocab):
        groups[(int(assignments[0][i]), int(assignments[1][i]))].append(w)
    lines = [f"{c} {f} " + " ".join(sorted(words)) for (c, f), words in sorted(groups.items())]
    header = "# coarse fine words: k-means clusters of PolNeAR train + CoNLL eng.train contexts; scripts/ner_clusters.py"
    OUT.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(vocab)} words from {sum(counts.values())} tokens → {OUT}")


if __name__ == "__main__":
    main()
