#!/usr/bin/env python3
"""Link the gazetteer to Wikidata from sourced QID tables, and add the office
holders the gazetteer lacks.

Run from the repository root, naming the directory of the QID tables
(countries.tsv, places.tsv, people.tsv as described in their README; they are
not shipped with newsgraph):

    python3 scripts/gen_wikidata.py WIKIDATA_TABLES_DIR
    python3 scripts/check_gazetteer.py

Standard library only.  It writes three things, and nothing else:
  * ontology/gazetteer/wikidata-links.txt - one line per State, City and
    Person of the gazetteer: the QID and the table row it was copied from, or
    the reason why the entity has none.  gen_gazetteer.py applies it to the
    rows it generates; check_gazetteer.py refuses any QID not listed there.
  * the `wikidata` column (and only that column) of countries.tsv, cities.tsv,
    people.tsv and places.tsv.
  * ontology/gazetteer/people-wikidata.tsv - heads of state and government,
    their deputies, defence and foreign ministers (in office 2015-2025 as far
    as the tables say) whom no other gazetteer file lists.

Matching never guesses: a State is matched by its ISO 3166 code, and only when
the sources agree on the QID; a City by its GeoNames id, else by an exact name
(label or alias, accents folded) in the same country; a Person by an exact
name (accents folded) AND the same country.  A match with more than one
candidate QID is refused.  Rows whose only source is CC BY-SA
(open-data-archive) are left out, so every QID here is CC0, public domain or
MIT data.
"""

import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")
HEADER = ["id", "type", "label_en", "label_id", "aliases", "short", "demonyms",
          "country", "capital_of", "wikidata", "geonames", "iso2", "iso3"]
# Files whose wikidata column this script fills.  Hand-written `*-hand.tsv`
# files and organisations.tsv (its only QID source is CC BY-SA) are left alone.
FILLED = ("countries.tsv", "cities.tsv", "people.tsv", "places.tsv")
OWN = "people-wikidata.tsv"
LINKS = "wikidata-links.txt"
LINKS_HEADER = ["id", "type", "wikidata", "how", "source"]

# Offices whose holders are added when the gazetteer lacks them.
ADDED_ROLES = {"head_of_state", "head_of_government", "head_of_state_or_government",
               "deputy_head", "defence_minister", "foreign_minister"}
FIRST_YEAR, LAST_YEAR = 2015, 2025
CC_BY_SA = "open-data-archive"
# Family name first, or no family name: the last word is no short form.
NO_SHORT = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "LAO", "MMR",
            "MNG", "IDN", "HUN", "BTN"}
# Name particles: a name holding one has no simple surname.
PARTICLES = {"bin", "binti", "ibn", "bint", "al", "Al", "el", "El", "de", "da", "do",
             "dos", "van", "von", "der", "di", "du", "la", "le", "y", "Jr.", "Sr.",
             "Jr", "Sr", "II", "III", "IV"}


# Latin letters that do not decompose into a base letter and an accent.
LETTERS = str.maketrans({"ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th",
                         "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae",
                         "ß": "ss", "ı": "i", "ʻ": "", "ʼ": "", "ə": "e", "Ə": "E"})
# Honorifics written before some names in the tables: not part of the name.
TITLES = {"Dr.", "Dr", "Archbishop", "Cardinal", "Sheikh", "Sir", "Dame", "H.E."}


def fold(s):
    """Accents off, one space: `João  Lourenço` and `Joao Lourenco` fold alike."""
    s = unicodedata.normalize("NFKD", s.translate(LETTERS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.replace("\u2019", "'").split())


def slug(name):
    s = fold(name).replace("'", "").replace(".", "")
    s = re.sub(r"[^A-Za-z0-9-]+", "_", s).strip("_")
    return re.sub(r"_+", "_", s)


def split(cell):
    return [x for x in cell.split("|") if x] if cell else []


def read_table(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:] if r]


def read_gaz(name):
    path = os.path.join(GAZ, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines[0] != "\t".join(HEADER):
        sys.exit(f"{path}: bad header")
    return [dict(zip(HEADER, line.split("\t"))) for line in lines[1:] if line]


def write_gaz(name, rows):
    with open(os.path.join(GAZ, name), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in sorted(rows, key=lambda r: r["id"]):
            f.write("\t".join(r[c] for c in HEADER) + "\n")


def gaz_files():
    return sorted(f for f in os.listdir(GAZ)
                  if f.endswith(".tsv") and not f.endswith(("-extra.tsv", "-qids.tsv")))


def names(r):
    return [n for n in [r["label_en"], r["label_id"]] + split(r["aliases"]) if n]


# ---------------------------------------------------------------- states

def link_states(states, table):
    by_iso = {t["iso2"]: t for t in table if t["iso2"]}
    out = {}
    for r in states:
        t = by_iso.get(r["iso2"]) if r["iso2"] else None
        if t is None and r["id"] == "Kosovo":
            t = by_iso.get("XK")
        if t is None:
            out[r["id"]] = ("", "no ISO code in the table", "")
        elif t["iso3"] and r["iso3"] and t["iso3"] != r["iso3"]:
            out[r["id"]] = ("", f"ISO alpha-3 differs ({t['iso3']})", "")
        elif "DIFFERS" in t["crosscheck"]:
            out[r["id"]] = ("", f"sources disagree ({t['crosscheck']})", "")
        else:
            out[r["id"]] = (t["wikidata"], f"iso2 {t['iso2']}", t["source"])
    return out


# ---------------------------------------------------------------- cities

def link_cities(cities, table, iso3_of):
    by_geonames = {}
    by_name = {}
    for t in table:
        if t["geonames"]:
            by_geonames.setdefault(t["geonames"], []).append(t)
        for n in {t["name_en"], t["name_id"]} - {""}:
            by_name.setdefault((fold(n), t["country_iso3"]), []).append(t)
    out = {}
    for r in cities:
        iso3 = iso3_of.get(r["country"], "")
        # Same GeoNames id and the same country or name (an overseas capital
        # is under its sovereign in the table: Saint-Denis, Reunion / FRA).
        cands = [t for t in by_geonames.get(r["geonames"], [])
                 if t["country_iso3"] == iso3 or fold(t["name_en"]) in map(fold, names(r))]
        how = f"geonames {r['geonames']}"
        if not cands and iso3:
            seen = {}
            for n in names(r):
                for t in by_name.get((fold(n), iso3), []):
                    seen[t["wikidata"]] = t
            cands = list(seen.values())
            how = f"name + country {iso3}"
        qids = {t["wikidata"] for t in cands}
        if len(qids) == 1:
            out[r["id"]] = (cands[0]["wikidata"], how, cands[0]["source"])
        elif qids:
            out[r["id"]] = ("", "several candidates: " + " ".join(sorted(qids)), "")
        else:
            out[r["id"]] = ("", "not in the places table", "")
    return out


# ---------------------------------------------------------------- people

def usable(t):
    """A people row with a CC0 source, in office within the years wanted."""
    sources = split(t["source"])
    if not any(CC_BY_SA not in s for s in sources):
        return False
    years = [int(y) for y in re.findall(r"\[from (\d{4})", t["role"])]
    return not years or min(years) <= LAST_YEAR


def cc0_sources(t):
    """The row's sources without the CC BY-SA one: the QID is taken from these."""
    return "|".join(s for s in split(t["source"]) if CC_BY_SA not in s)


def people_index(table):
    by_name = {}
    for t in table:
        if not usable(t):
            continue
        name, aliases = clean_name(t)
        for n in [name] + aliases:
            for iso3 in split(t["country_iso3"]):
                by_name.setdefault((fold(n), iso3), {})[t["wikidata"]] = t
    return by_name


def link_people(people, table, iso3_of):
    by_name = people_index(table)
    cc_only = {fold(t["name"]) for t in table if not usable(t)}
    out = {}
    for r in people:
        iso3 = iso3_of.get(r["country"], "")
        seen = {}
        for n in names(r):
            seen.update(by_name.get((fold(n), iso3), {}))
        if len(seen) == 1:
            t = next(iter(seen.values()))
            out[r["id"]] = (t["wikidata"], f"name + country {iso3}", cc0_sources(t))
        elif seen:
            out[r["id"]] = ("", "several candidates: " + " ".join(sorted(seen)), "")
        elif any(fold(n) in cc_only for n in names(r)):
            out[r["id"]] = ("", "only a CC BY-SA source (linked apart, in people-qids.tsv) or in office after 2025", "")
        else:
            out[r["id"]] = ("", "not in the office-holder tables (2022 holders)", "")
    return out


def short_form(name, iso3, taken, words):
    """The surname of a `Given Surname` name, unless it could be someone else:
    only two-word names (three words may be a double surname or a middle
    name), not where the family name comes first, never a word, a common
    name (the word list's capitalised entries), a given name or a surname
    that other people of the tables or the gazetteer bear."""
    toks = name.split()
    if iso3 in NO_SHORT or len(toks) != 2 or any(t in PARTICLES for t in toks):
        return ""
    last = toks[-1]
    f = fold(last)
    # `words` holds lower-case words and capitalised common names (Williams, Todd).
    if (len(last) < 4 or not last[0].isupper() or last.isupper() or f in taken
            or f.lower() in words or f in words or last in words):
        return ""
    return last


def new_people(table, linked_qids, all_rows, state_of_iso3, words):
    """Rows for office holders of ADDED_ROLES that no gazetteer entity has."""
    taken_names = {fold(n) for r in all_rows for n in names(r)}
    taken_ids = {r["id"] for r in all_rows}
    # Surnames already used as a name or short form: a shared surname is no short form.
    taken_short = {fold(s) for r in all_rows for s in split(r["short"])}
    taken_short |= {fold(n) for n in taken_names if " " not in n}
    # Given names of anyone: `Osman`, `Habib`, `Simeon` are no surnames to go by.
    taken_short |= {fold(n.split()[0]) for n in taken_names if " " in n}
    taken_short |= {fold(t["name"].split()[0]) for t in table if t["name"].strip()}
    cands = []
    for t in table:
        roles = set(split(t["role_type"]))
        countries = split(t["country_iso3"])
        if (not t["name"].strip() or not roles & ADDED_ROLES or not usable(t) or t["wikidata"] in linked_qids
                or len(countries) != 1 or countries[0] not in state_of_iso3):
            continue
        cands.append(t)
    last_words = {}
    for t in table:
        if t["name"].strip():
            last_words.setdefault(fold(t["name"].split()[-1]), set()).add(t["wikidata"])
    rows, skipped = [], []
    for t in sorted(cands, key=lambda t: t["name"]):
        name, aliases = clean_name(t)
        rid = slug(name)
        aliases = [a for a in aliases
                   if fold(a) not in taken_names and " " in a]
        if len(name.split()) < 2:
            skipped.append((t, "one-word name"))
        elif fold(name) in taken_names:
            skipped.append((t, "name already denotes another entity"))
        elif not rid or rid in taken_ids:
            skipped.append((t, "id already taken"))
        else:
            taken_ids.add(rid)
            taken_names.update(fold(n) for n in [name] + aliases)
            iso3 = countries_of(t)[0]
            shared = len(last_words.get(fold(name.split()[-1]), ())) > 1
            short = "" if shared else short_form(name, iso3, taken_short, words)
            short = "|".join(dict.fromkeys(x for x in (short, fold(short)) if x))
            label_id = ""
            rows.append({**{c: "" for c in HEADER}, "id": rid, "type": "Person",
                         "label_en": name, "label_id": label_id,
                         "aliases": "|".join(a for a in aliases if a != name),
                         "short": short, "country": state_of_iso3[iso3],
                         "wikidata": t["wikidata"]})
    return rows, skipped


def clean_name(t):
    """The name as news writes it (no honorific, no quoted nickname), and
    aliases: the table's own, the name as given, and the accent-free form."""
    given = unicodedata.normalize("NFC", " ".join(t["name"].split()))
    name = re.sub(r'\s*"[^"]*"', "", given)
    toks = name.split()
    while len(toks) > 2 and toks[0] in TITLES:
        toks = toks[1:]
    name = " ".join(toks)
    aliases = [given] + [" ".join(a.split()) for a in split(t["aliases"])] + [fold(name)]
    return name, list(dict.fromkeys(a for a in aliases if a and a != name))


def countries_of(t):
    return split(t["country_iso3"])


def keep_vetted(rows, links):
    """A QID already in a row was verified by hand: it stays, and a table
    that says otherwise is reported, never obeyed."""
    for r in rows:
        q = r["wikidata"]
        if not q or links.get(r["id"], ("",))[0] == q:
            continue
        if r["id"] in links and links[r["id"]][0]:
            print(f"CONFLICT {r['id']}: gazetteer {q}, table {links[r['id']][0]}; kept {q}")
        links[r["id"]] = (q, "verified by hand", "identifiers.md")


# ---------------------------------------------------------------- main

def english_words():
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        sys.exit("missing /usr/share/dict/words: apt-get install wamerican")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if "'" not in w}


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        sys.exit("usage: python3 scripts/gen_wikidata.py WIKIDATA_TABLES_DIR")
    src = argv[1]
    countries_t = read_table(os.path.join(src, "countries.tsv"))
    places_t = read_table(os.path.join(src, "places.tsv"))
    people_t = read_table(os.path.join(src, "people.tsv"))
    words = english_words()

    files = {f: read_gaz(f) for f in gaz_files() if f != OWN}
    rows = [r for f in files.values() for r in f]
    mine = [r for f in FILLED for r in files[f]]
    states = [r for r in rows if r["type"] == "State"]
    iso3_of = {r["id"]: r["iso3"] for r in states}
    iso3_of["Kosovo"] = ""
    state_of_iso3 = {r["iso3"]: r["id"] for r in states if r["iso3"]}

    links = {}
    links.update(link_states([r for r in mine if r["type"] == "State"], countries_t))
    links.update(link_cities([r for r in mine if r["type"] == "City"], places_t, iso3_of))
    links.update(link_people([r for r in mine if r["type"] == "Person"], people_t, iso3_of))
    keep_vetted(mine, links)
    # One QID, one entity: a QID claimed twice is dropped from both.
    owners = {}
    for k, (q, _, _) in links.items():
        if q:
            owners.setdefault(q, []).append(k)
    for q, ks in owners.items():
        if len(ks) > 1:
            for k in ks:
                links[k] = ("", f"{q} also matches " + " ".join(x for x in ks if x != k), "")

    linked = {q for q, _, _ in links.values() if q} | {r["wikidata"] for r in rows}
    added, skipped = new_people(people_t, linked,
                                rows, state_of_iso3, words)
    for r in added:
        links[r["id"]] = (r["wikidata"], "added from the office-holder table",
                          next(cc0_sources(t) for t in people_t if t["wikidata"] == r["wikidata"]))

    kinds = {r["id"]: r["type"] for r in rows + added}
    for f in FILLED:
        for r in files[f]:
            if r["id"] in links:
                r["wikidata"] = links[r["id"]][0]
        write_gaz(f, files[f])
    write_gaz(OWN, added)
    with open(os.path.join(GAZ, LINKS), "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(LINKS_HEADER) + "\n")
        for k in sorted(links):
            q, how, source = links[k]
            f.write("\t".join([k, kinds[k], q, how, source]) + "\n")

    for kind in ("State", "City", "Person"):
        ks = [k for k in links if kinds[k] == kind]
        print(f"{kind}: {sum(1 for k in ks if links[k][0])} of {len(ks)} linked")
    print(f"{OWN}: {len(added)} office holders added, {len(skipped)} skipped")
    for t, why in skipped:
        print(f"  skipped {t['name']} ({t['country_iso3']}): {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
