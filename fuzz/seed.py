#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from the repository's own
articles (examples/, tests/corpus*/, tests/bad/), into fuzz/corpus/TARGET/.

    python3 fuzz/seed.py            # from anywhere

Seeds are derived, not stored: JSON records as files and as JSON Lines, their
text as plain-text pages, as HTML pages (with the metadata news sites carry)
and as WARC files holding those pages, plain and with a gzip member per
record. When warcio is installed, the WARC test fixtures of
scripts/warc_fixtures.py (good and damaged files) are added too.
Standard library only.
"""

import gzip
import hashlib
import html
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
# Larger seeds slow every execution; libFuzzer's inputs stay under this.
MAX_SEED = 64 << 10


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    out = CORPUS / target
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def records():
    """Every news-please record of the repository, as parsed JSON objects."""
    files = sorted(ROOT.glob("examples/*.json")) + sorted(ROOT.glob("tests/corpus*/*.json"))
    for path in files:
        if path.name.endswith(".gold.json"):
            continue
        yield json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(ROOT.glob("examples/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def page(record):
    """An HTML page of a record, with a menu and footer around the article."""
    title = html.escape(record.get("title") or "")
    paragraphs = "".join(
        f"<p>{html.escape(p)}</p>" for p in record["maintext"].split("\n") if p.strip()
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": record.get("title"),
            "datePublished": record.get("date_publish"),
        }
    )
    return (
        f'<!doctype html><html lang="{record.get("language") or "en"}"><head>'
        f'<meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">'
        f'<link rel="canonical" href="{html.escape(record.get("url") or "")}">'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )


def warc_record(kind, uri, block, content_type):
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{hashlib.md5(block).hexdigest()}>",
        "WARC-Date: 2023-09-14T03:00:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warc(pages):
    """The records of a small crawl: warcinfo, then a response per page."""
    out = [warc_record("warcinfo", None, b"software: newsgraph fuzz seeds\r\n", "application/warc-fields")]
    for uri, body in pages:
        body = body.encode("utf-8")
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        out.append(warc_record("response", uri, http, "application/http; msgtype=response"))
    return out


def warcio_fixtures():
    """The test fixtures of scripts/warc_fixtures.py, when warcio is there."""
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "warc_fixtures.py"), tmp],
            capture_output=True,
        )
        if result.returncode != 0:
            print("fuzz/seed.py: no warcio; the WARC test fixtures are not seeds", file=sys.stderr)
            return
        for path in sorted(Path(tmp).rglob("*.warc*")):
            data = path.read_bytes()
            put("read_warc", data)
            if data.startswith(b"WARC/"):
                put("read_warc_gz", data)


def main():
    for path in sorted(ROOT.glob("tests/bad/*")):
        target = {".json": "read_json", ".jsonl": "read_jsonl"}.get(path.suffix)
        if target:
            put(target, path.read_bytes())
    for path in sorted(ROOT.glob("examples/*.txt")):
        put("read_txt", path.read_bytes())
        put("analyse", path.read_bytes())
        put("segment", b"\x00" + path.read_bytes())
    pages = []
    for i, record in enumerate(records()):
        line = json.dumps(record, ensure_ascii=False)
        put("read_json", json.dumps(record, ensure_ascii=False, indent=2))
        put("read_jsonl", line + "\n")
        put("analyse", line)
        text = record["maintext"]
        put("read_txt", f"{record.get('title') or ''}\n\n{text}\n")
        for pick in range(3):
            put("segment", bytes([pick]) + text.encode("utf-8"))
        pages.append((record.get("url") or f"https://news.example.org/{i}", page(record)))
        put("read_html", pages[-1][1])
    put("read_jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()))
    # Small crawls: one page each, and a few pages together.
    for chunk in [pages[i : i + 1] for i in range(len(pages))] + [pages[i : i + 3] for i in range(0, len(pages), 3)]:
        plain = b"".join(warc(chunk))
        put("read_warc", plain)
        put("read_warc_gz", plain)
        put("read_warc", b"".join(gzip.compress(r) for r in warc(chunk)))
    warcio_fixtures()
    for target in sorted(p.name for p in CORPUS.iterdir()):
        print(f"fuzz/corpus/{target}: {len(list((CORPUS / target).iterdir()))} seeds")


if __name__ == "__main__":
    main()
