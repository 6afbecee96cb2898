#!/usr/bin/env python3
"""Sanity-check the gazetteer TSV files.

Run from the repository root:  python3 scripts/check_gazetteer.py
Exits non-zero (printing every problem) if a check fails:
  header exact, 13 columns per row, id syntax, ids unique across files,
  known types, country/capital_of point to State ids, wikidata only from the
  vetted list, numeric geonames, ISO code shapes, no name (label or alias)
  shared by two entities, no alias that is an ordinary lower-case English word
  (needs /usr/share/dict/words; skipped if absent).
"""

import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")
FILES = ["countries.tsv", "cities.tsv", "people.tsv", "organisations.tsv", "places.tsv"]
HEADER = ("id\ttype\tlabel_en\tlabel_id\taliases\tshort\tdemonyms\tcountry\t"
          "capital_of\twikidata\tgeonames\tiso2\tiso3")
COLS = HEADER.split("\t")
TYPES = {"Person", "State", "City", "Region", "Sea", "Organisation", "ArmedGroup", "Site"}
# The only Wikidata ids allowed (verified by hand); everything else is empty.
WIKIDATA = {
    "Kim_Jong-un": "Q56226", "Vladimir_Putin": "Q7747", "Donald_Trump": "Q22686",
    "Joe_Biden": "Q6279", "Xi_Jinping": "Q15031", "Russia": "Q159",
    "North_Korea": "Q423", "South_Korea": "Q884", "United_States": "Q30",
    "China": "Q148", "Japan": "Q17", "Ukraine": "Q212", "Moscow": "Q649",
    "Vladivostok": "Q959", "Tokyo": "Q1490", "Seoul": "Q8684", "Beijing": "Q956",
}
# Capitalised aliases that are also English words but are, in news text,
# overwhelmingly the entity (reviewed by hand).
WORD_OK = {"Pentagon", "Quad", "Madras"}
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def main():
    errors, rows = [], []
    for f in FILES:
        path = os.path.join(GAZ, f)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0] != HEADER:
            errors.append(f"{f}: header differs")
        n = 0
        for i, line in enumerate(lines[1:], start=2):
            cells = line.split("\t")
            if len(cells) != 13:
                errors.append(f"{f}:{i}: {len(cells)} columns")
                continue
            r = dict(zip(COLS, cells))
            r["_file"] = f"{f}:{i}"
            rows.append(r)
            n += 1
        print(f"{f}: {n} rows")

    ids = defaultdict(list)
    for r in rows:
        ids[r["id"]].append(r["_file"])
    for k, v in ids.items():
        if len(v) > 1:
            errors.append(f"duplicate id {k}: {v}")
    states = {r["id"] for r in rows if r["type"] == "State"}

    for r in rows:
        w = r["_file"]
        if not ID_RE.match(r["id"]):
            errors.append(f"{w}: bad id {r['id']!r}")
        if r["type"] not in TYPES:
            errors.append(f"{w}: bad type {r['type']!r}")
        if not r["label_en"]:
            errors.append(f"{w}: empty label_en")
        for c in ("country", "capital_of"):
            if r[c] and r[c] not in states:
                errors.append(f"{w}: {c} {r[c]!r} is not a State id")
        if r["wikidata"] and WIKIDATA.get(r["id"]) != r["wikidata"]:
            errors.append(f"{w}: wikidata {r['wikidata']} not in the vetted list")
        if r["geonames"] and not r["geonames"].isdigit():
            errors.append(f"{w}: geonames {r['geonames']!r}")
        if r["iso2"] and not re.fullmatch(r"[A-Z]{2}", r["iso2"]):
            errors.append(f"{w}: iso2 {r['iso2']!r}")
        if r["iso3"] and not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            errors.append(f"{w}: iso3 {r['iso3']!r}")
        if r["type"] == "Person" and not r["country"]:
            errors.append(f"{w}: person without country")
        for c in ("aliases", "short", "demonyms"):
            items = r[c].split("|") if r[c] else []
            if any(not x.strip() or x != x.strip() for x in items):
                errors.append(f"{w}: empty or padded item in {c}")
    missing = set(WIKIDATA) - {r["id"] for r in rows if r["wikidata"]}
    if missing:
        errors.append(f"vetted wikidata ids not used: {sorted(missing)}")

    # Every full name (label_en, label_id, aliases) must denote one entity.
    owners = defaultdict(set)
    for r in rows:
        names = [r["label_en"], r["label_id"]] + (r["aliases"].split("|") if r["aliases"] else [])
        for n in names:
            if n:
                owners[n].add(r["id"])
    for n, o in sorted(owners.items()):
        if len(o) > 1:
            errors.append(f"name {n!r} shared by {sorted(o)}")

    words_path = "/usr/share/dict/words"
    if os.path.exists(words_path):
        with open(words_path, encoding="utf-8") as fh:
            words = {w.strip() for w in fh if w[:1].islower()}
        for r in rows:
            for a in (r["aliases"].split("|") if r["aliases"] else []):
                # All-caps acronyms (US, AS) are fine: matching is case-sensitive.
                if a.lower() in words and not a.isupper() and a not in WORD_OK:
                    errors.append(f"{r['_file']}: alias {a!r} of {r['id']} is a common word")
    else:
        print("note: /usr/share/dict/words missing, common-word check skipped")

    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} rows, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
