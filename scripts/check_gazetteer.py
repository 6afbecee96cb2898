#!/usr/bin/env python3
"""Sanity-check the gazetteer TSV files.

Run from the repository root:  python3 scripts/check_gazetteer.py
Exits non-zero (printing every problem) if a check fails:
  header exact, 13 columns per row, id syntax, ids unique across files,
  known types, country/capital_of point to State ids, wikidata well-formed,
  one entity per QID, and every QID either in the hand-vetted list or copied
  by scripts/gen_wikidata.py (listed in wikidata-links.txt), numeric geonames, ISO code shapes, no name (label or alias)
  shared by two entities, no alias that is an ordinary lower-case English word
  (needs /usr/share/dict/words; skipped if absent).
"""

import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")
# Every gazetteer file the loader reads (`*-extra.tsv` are generator inputs).
FILES = sorted(f for f in os.listdir(GAZ)
               if f.endswith(".tsv") and not f.endswith(("-extra.tsv", "-qids.tsv")))
# Links kept apart from the rows they link (share-alike data, see README.md).
QID_FILES = sorted(f for f in os.listdir(GAZ) if f.endswith("-qids.tsv"))
QIDS_HEADER = "id\twikidata\tmatched_name\tsource"
LINKS = "wikidata-links.txt"
LINKS_HEADER = "id\ttype\twikidata\thow\tsource"
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
HEADER = ("id\ttype\tlabel_en\tlabel_id\taliases\tshort\tdemonyms\tcountry\t"
          "capital_of\twikidata\tgeonames\tiso2\tiso3")
COLS = HEADER.split("\t")
TYPES = {"Person", "State", "City", "Region", "Sea", "Organisation", "ArmedGroup", "Site"}
# Wikidata ids verified by hand; every other QID must come from
# scripts/gen_wikidata.py and be recorded in wikidata-links.txt.
WIKIDATA = {
    "Kim_Jong-un": "Q56226", "Vladimir_Putin": "Q7747", "Donald_Trump": "Q22686",
    "Joe_Biden": "Q6279", "Xi_Jinping": "Q15031", "Russia": "Q159",
    "North_Korea": "Q423", "South_Korea": "Q884", "United_States": "Q30",
    "China": "Q148", "Japan": "Q17", "Ukraine": "Q212", "Moscow": "Q649",
    "Vladivostok": "Q959", "Tokyo": "Q1490", "Seoul": "Q8684", "Beijing": "Q956",
    # The tables disagree (Q55 or the Kingdom, Q29999); ISO 3166-1 NL is Q55's code.
    "Netherlands": "Q55",
}
# Capitalised aliases that are also English words but are, in news text,
# overwhelmingly the entity (reviewed by hand).
WORD_OK = {"Pentagon", "Quad", "Madras"}
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def check_links(rows):
    """QIDs come from the hand-vetted list or from gen_wikidata.py, whose
    record (wikidata-links.txt) must agree with the rows; no QID on two
    entities; an unlinked entity in the record says why."""
    errors = []
    with open(os.path.join(GAZ, LINKS), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != LINKS_HEADER:
        errors.append(f"{LINKS}: header differs")
    by_id = {r["id"]: r for r in rows}
    listed = {}
    for i, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != 5:
            errors.append(f"{LINKS}:{i}: {len(cells)} columns")
            continue
        rid, kind, qid, how, _source = cells
        listed[rid] = qid
        r = by_id.get(rid)
        if r is None:
            errors.append(f"{LINKS}:{i}: no gazetteer entity {rid!r}")
        elif r["wikidata"] != qid or r["type"] != kind:
            errors.append(f"{LINKS}:{i}: says {kind} {qid or 'none'}, "
                          f"{r['_file']} says {r['type']} {r['wikidata'] or 'none'}")
        if not how:
            errors.append(f"{LINKS}:{i}: no match method or reason")
    for r in rows:
        q = r["wikidata"]
        if q and WIKIDATA.get(r["id"]) != q and listed.get(r["id"]) != q:
            errors.append(f"{r['_file']}: wikidata {q} neither vetted nor in {LINKS}")
    owners = defaultdict(list)
    for r in rows:
        if r["wikidata"]:
            owners[r["wikidata"]].append(r["id"])
    for q, ids in sorted(owners.items()):
        if len(ids) > 1:
            errors.append(f"wikidata {q} on several entities: {ids}")
    return errors


def check_qid_files(rows):
    """Each `*-qids.tsv` row links an Organisation or a Person without a QID of its own,
    names its source, and takes no QID another entity has."""
    errors = []
    by_id = {r["id"]: r for r in rows}
    owners = defaultdict(list)
    for r in rows:
        if r["wikidata"]:
            owners[r["wikidata"]].append(r["id"])
    for f in QID_FILES:
        with open(os.path.join(GAZ, f), encoding="utf-8") as fh:
            lines = [l for l in fh.read().split("\n") if l]
        if not lines or lines[0] != QIDS_HEADER:
            errors.append(f"{f}: header differs")
        for i, line in enumerate(lines[1:], start=2):
            cells = line.split("\t")
            if len(cells) != 4 or not all(cells):
                errors.append(f"{f}:{i}: expected 4 non-empty columns")
                continue
            rid, qid = cells[0], cells[1]
            r = by_id.get(rid)
            if r is None or r["type"] not in ("Organisation", "Person") or r["wikidata"]:
                errors.append(f"{f}:{i}: {rid!r} is no Organisation or Person without a QID")
            if not QID_RE.match(qid):
                errors.append(f"{f}:{i}: wikidata {qid!r} is not a Q-identifier")
            others = [o for o in owners[qid] if o != rid]
            if others:
                errors.append(f"{f}:{i}: wikidata {qid} is also on {others}")
            owners[qid].append(rid)
        print(f"{f}: {len(lines) - 1} links")
    return errors


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
        if r["wikidata"] and not QID_RE.match(r["wikidata"]):
            errors.append(f"{w}: wikidata {r['wikidata']!r} is not a Q-identifier")
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
    errors += check_links(rows)
    errors += check_qid_files(rows)

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
