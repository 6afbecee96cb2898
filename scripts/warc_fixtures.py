#!/usr/bin/env python3
"""Writes WARC files for newsgraph's tests and benchmarks with warcio, the
library Common Crawl users read WARC files with.

    python3 scripts/warc_fixtures.py OUT_DIR            # the test fixtures
    python3 scripts/warc_fixtures.py OUT_DIR --pages N  # bench.warc.gz, N pages

Test fixtures (the pages are written for newsgraph; the facts are real):
  good.warc.gz   a gzip member per record, as Common Crawl writes them
  good.warc      the same records, uncompressed
  bad/*.warc*    one kind of damage each, followed by a good page that
                 must still be stored (see BAD below)
Requires: pip install warcio
"""

import gzip
import io
import random
import sys
import zipfile
from pathlib import Path

try:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
except ImportError:
    sys.exit("warc_fixtures.py: warcio is missing; install it with `pip install warcio`")

FILLER = (
    "<p>Officials from both delegations spent the afternoon in closed session, "
    "and the press office promised a fuller statement later in the week. "
    "Analysts said the agenda had been prepared over several months of quiet "
    "contacts between the two foreign ministries.</p>"
    "<p>Neither side gave figures for the programmes under discussion, but "
    "diplomats described the atmosphere as constructive and businesslike, and "
    "said working groups would meet again before the end of the year.</p>"
)

PAGES = [
    # (url, lang, charset, date or None, title, body paragraphs)
    (
        "https://news.example.org/2023/11/kishida-marcos-manila-talks",
        "en", "utf-8", "2023-11-03T09:30:00+08:00",
        "Kishida and Marcos meet in Manila",
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand "
        "Marcos Jr. in Manila on Friday to talk about coastal radar and patrol boats.",
    ),
    (
        "https://berita.example.id/2023/09/prabowo-austin-jakarta",
        "id", "utf-8", "2023-09-14T10:00:00+07:00",
        "Prabowo terima Menhan Australia",
        "Menteri Pertahanan Prabowo Subianto bertemu Wakil Perdana Menteri Australia "
        "Richard Marles di Jakarta pada Kamis (14/9/2023) untuk membahas latihan "
        "militer bersama.",
    ),
    (
        "https://news.example.org/2023/09/kim-putin-cosmodrome-legacy",
        "en", "windows-1252", "2023-09-13T12:00:00Z",
        "Kim and Putin at the cosmodrome",
        "North Korean leader Kim Jong-un met Russian President Vladimir Putin at the "
        "Vostochny Cosmodrome on Wednesday, a caf\u00e9-table summit of long toasts.",
    ),
    (
        "https://news.example.org/undated/yoon-biden",
        "en", "utf-8", None,
        "Yoon and Biden talk missiles",
        "South Korean President Yoon Suk Yeol met US President Joe Biden in "
        "Washington on Tuesday to discuss the North Korean missile tests.",
    ),
]

FRENCH = (
    "https://actu.example.fr/2023/09/rencontre",
    "fr", "utf-8", "2023-09-13T12:00:00Z",
    "Rencontre au cosmodrome",
    "Le dirigeant nord-cor\u00e9en a rencontr\u00e9 le pr\u00e9sident russe mercredi au "
    "cosmodrome de Vostochny, selon les agences.",
)

WARC_DATE = "2024-01-15T08:00:00Z"


def html(lang, charset, date, title, lead, extra=""):
    meta_date = (
        f'<meta property="article:published_time" content="{date}">' if date else ""
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        f"<title>{title} - Example News</title>"
        f'<meta property="og:title" content="{title}">{meta_date}</head>'
        '<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f"<main><article><h1>{title}</h1><p>{lead}</p>{FILLER}{extra}</article></main>"
        "<footer>Copyright Example News</footer></body></html>"
    )


def page_bytes(page):
    url, lang, charset, date, title, lead = page
    return html(lang, charset, date, title, lead).encode(charset)


def response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK",
             date=WARC_DATE):
    headers = StatusAndHeaders(status, [("Content-Type", content_type),
                                        ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def request(writer, url):
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", http_headers=headers))


def good_records(writer):
    writer.write_record(writer.create_warcinfo_record("good.warc", {"software": "warcio"}))
    for page in PAGES:
        request(writer, page[0])
        response(writer, page[0], page_bytes(page), f"text/html; charset={page[2]}")
    response(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\nnot really",
             "image/png")
    response(writer, "https://news.example.org/moved", b"", status="301 Moved Permanently")
    response(writer, FRENCH[0], page_bytes(FRENCH))
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/2023/11/kishida-marcos-manila-talks", "metadata",
        payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
        warc_content_type="application/warc-fields"))


def write(path, records, gzip_members=True):
    with open(path, "wb") as out:
        records(WARCWriter(out, gzip=gzip_members))


def last_page(writer):
    """The good page every bad file ends with: it must still be stored."""
    page = PAGES[3]
    response(writer, page[0], page_bytes(page))


def bad_files(out):
    bad = out / "bad"
    bad.mkdir(exist_ok=True)

    def no_body(w):
        response(w, "https://news.example.org/empty", b"<html><body></body></html>")
        last_page(w)

    def wrong_charset(w):
        page = html("en", "utf-8", None, "Caf\u00e9", "Caf\u00e9 talks went on late.")
        response(w, "https://news.example.org/latin1", page.encode("latin-1"))
        last_page(w)

    def huge(w):
        para = "<p>" + "A long paragraph about nothing in particular. " * 40 + "</p>"
        big = html("en", "utf-8", None, "Huge", "Huge page.", para * (30 * 1024 * 1024 // len(para)))
        response(w, "https://news.example.org/huge", big.encode())
        last_page(w)

    write(bad / "no-body.warc.gz", no_body)
    write(bad / "wrong-charset.warc.gz", wrong_charset)
    write(bad / "huge.warc.gz", huge)

    # Lying Content-Length: one too short, one too long, good records after each.
    plain = io.BytesIO()
    w = WARCWriter(plain, gzip=False)
    response(w, PAGES[0][0], page_bytes(PAGES[0]))
    response(w, PAGES[1][0], page_bytes(PAGES[1]))
    response(w, PAGES[2][0], page_bytes(PAGES[2]), "text/html; charset=windows-1252")
    last_page(w)
    data = plain.getvalue()
    records = data.split(b"WARC/1.")
    lengths = []
    for i in (1, 3):
        head, rest = records[i].split(b"\r\n\r\n", 1)
        length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        delta = -60 if i == 1 else 300
        records[i] = head.replace(b"Content-Length: %d" % length,
                                  b"Content-Length: %d" % (length + delta)) + b"\r\n\r\n" + rest
        lengths.append(length)
    (bad / "lying-length.warc").write_bytes(b"WARC/1.".join(records))

    # Truncated gzip: the good file cut inside its last member.
    good = (out / "good.warc.gz").read_bytes()
    (bad / "truncated.warc.gz").write_bytes(good[: len(good) - 40])

    # A ZIP archive named like a WARC file.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("good.warc", (out / "good.warc").read_bytes())
    (bad / "zipped.warc").write_bytes(buffer.getvalue())


def bench(out, pages):
    """bench.warc.gz: `pages` news pages (of the four above, with numbered
    URLs and shuffled filler), each with its request record, as a crawl has."""
    rng = random.Random(17)
    sentences = FILLER.replace("</p>", "").split("<p>")[1:]
    with open(out / "bench.warc.gz", "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("bench.warc.gz", {}))
        for n in range(pages):
            url, lang, charset, date, title, lead = PAGES[n % len(PAGES)]
            url = f"{url}-{n}"
            extra = "".join(f"<p>{rng.choice(sentences)}</p>" for _ in range(6))
            body = html(lang, charset, date, f"{title} {n}", lead, extra).encode(charset)
            request(writer, url)
            response(writer, url, body, f"text/html; charset={charset}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) == 4 and sys.argv[2] == "--pages":
        bench(out, int(sys.argv[3]))
        return
    write(out / "good.warc.gz", good_records)
    write(out / "good.warc", good_records, gzip_members=False)
    bad_files(out)


if __name__ == "__main__":
    main()
