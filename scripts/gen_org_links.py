#!/usr/bin/env python3
"""Link the gazetteer's organisations to Wikidata from SupraVerden's table.

Usage: python3 scripts/gen_org_links.py TABLE

TABLE is a tab-separated table of international organisations with the
columns `name`, `aliases` (`|`-separated), `wikidata` and `source`, compiled
from SupraVerden (CC BY-SA 4.0) and not shipped.  The script writes
`ontology/gazetteer/organisations-qids.tsv`: one row per organisation of
`organisations.tsv` whose full name matches exactly one QID of the table.

Matching never guesses: an organisation's English label or one of its
aliases, accents and case folded, must equal a table row's name or one of
its aliases, and every such row must carry the same QID.  Abbreviations
alone ("AU", "IGAD") are never matched: one abbreviation names several
bodies.  The rows are share-alike data, so they stay in a file of their own
with the attribution `gazetteer/README.md` gives; the other gazetteer files
hold no CC BY-SA data.
"""

import os
import re
import sys

from gen_wikidata import GAZ, ROOT, fold as fold_accents, read_table, split

OUT = os.path.join(GAZ, "organisations-qids.tsv")
HEADER = ["id", "wikidata", "matched_name", "source"]


def fold(name):
    """Accents, case and spacing folded: the form two names are compared in."""
    return fold_accents(name).lower()


def is_abbreviation(name):
    """A short all-capitals form ("AU", "NATO"): ambiguous across bodies."""
    return re.fullmatch(r"[A-Z0-9&.\-]{2,8}", name) is not None


def table_index(rows):
    """Folded full name -> {(qid, name, source)} over the table's names and aliases."""
    index = {}
    for r in rows:
        qid = (r.get("wikidata") or "").strip()
        if not re.fullmatch(r"Q\d+", qid):
            continue
        for name in [r["name"]] + split(r.get("aliases")):
            if not is_abbreviation(name):
                index.setdefault(fold(name), set()).add((qid, name, r.get("source", "")))
    return index


def link(organisations, index):
    """(id, qid, matched name, source) for each organisation matched without doubt."""
    links = []
    for org in organisations:
        if org["type"] != "Organisation":
            continue
        names = [org["label_en"]] + split(org["aliases"])
        found = {}
        for name in names:
            if is_abbreviation(name):
                continue
            for qid, matched, source in index.get(fold(name), ()):
                found.setdefault(qid, (matched, source))
        if len(found) == 1:
            qid, (matched, source) = next(iter(found.items()))
            links.append((org["id"], qid, matched, source))
    return sorted(links)


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    organisations = read_table(os.path.join(GAZ, "organisations.tsv"))
    links = link(organisations, table_index(read_table(argv[1])))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in links:
            fh.write("\t".join(row) + "\n")
    print(f"{len(links)} of {sum(o['type'] == 'Organisation' for o in organisations)} "
          f"organisations linked; wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main(sys.argv)
