#!/usr/bin/env python3
"""Link the gazetteer's office holders whose only Wikidata source is share-alike.

Usage: python3 scripts/gen_people_links.py PEOPLE_TABLE

PEOPLE_TABLE is the office-holder table `gen_wikidata.py` reads (`people.tsv`
of the Wikidata tables: `name`, `aliases`, `country_iso3`, `wikidata`,
`source`; not shipped).  `gen_wikidata.py` takes QIDs only from its CC0 rows;
the heads of government in office in 2026 (Li Qiang, Anwar Ibrahim, Friedrich
Merz, …) come from open-data-archive's world-leaders-current alone, which is
CC BY-SA 4.0.  This script writes their links to
`ontology/gazetteer/people-qids.tsv`, a file of its own that carries that
licence (see `gazetteer/README.md`), so no other gazetteer file holds
share-alike data.

Matching never guesses, as in gen_wikidata.py: a Person of the gazetteer
without a QID is linked when one of its names (accents folded, hyphens read
as spaces: "Lee Jae-myung" is "Lee Jae Myung") equals the name or an alias
of a share-alike row of the same country, and all such rows carry one QID.
"""

import os
import sys

from gen_wikidata import (CC_BY_SA, GAZ, ROOT, clean_name, fold, gaz_files, names,
                          read_gaz, read_table, split)

OUT = os.path.join(GAZ, "people-qids.tsv")
HEADER = ["id", "wikidata", "matched_name", "source"]


def key(name):
    """The form two names are compared in."""
    return fold(name.replace("-", " ")).lower()


def share_alike_index(table):
    """(folded name, ISO alpha-3) -> {qid: (name, source)} over the rows whose
    every source is share-alike (the others are linked by gen_wikidata.py)."""
    index = {}
    for t in table:
        sources = split(t["source"])
        if not sources or not all(CC_BY_SA in s for s in sources):
            continue
        name, aliases = clean_name(t)
        for n in [name] + aliases:
            for iso3 in split(t["country_iso3"]):
                index.setdefault((key(n), iso3), {})[t["wikidata"]] = (name, t["source"])
    return index


def link(people, index, iso3_of, taken):
    """(id, qid, matched name, source) for each unlinked Person matched without doubt."""
    links = []
    for r in people:
        if r["type"] != "Person" or r["wikidata"]:
            continue
        iso3 = iso3_of.get(r["country"], "")
        found = {}
        for n in names(r):
            found.update(index.get((key(n), iso3), {}))
        if len(found) == 1:
            qid, (matched, source) = next(iter(found.items()))
            if qid not in taken:
                links.append((r["id"], qid, matched, source))
    return sorted(links)


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    rows = [r for f in gaz_files() for r in read_gaz(f)]
    iso3_of = {r["id"]: r["iso3"] for r in rows if r["type"] == "State"}
    taken = {r["wikidata"] for r in rows if r["wikidata"]}
    links = link(rows, share_alike_index(read_table(argv[1])), iso3_of, taken)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in links:
            fh.write("\t".join(row) + "\n")
    print(f"{len(links)} office holders linked; wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main(sys.argv)
