"""The events explorer in a real browser: Debian's chromium, headless, driven
by Playwright (which cannot download its own browser here).

    python3 tests/serve/explorer.py http://127.0.0.1:PORT SCREENSHOT.png

Loads the page over the example store, filters by type, opens an event,
checks that the highlighted evidence equals the stored anchor (code-point
offsets), opens an entity page and runs a query in the SPARQL box.
Needs: pip install playwright; apt-get install chromium.
"""

import sys

from playwright.sync_api import expect, sync_playwright

BASE = sys.argv[1].rstrip("/")
SHOT = sys.argv[2]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(BASE + "/")
    expect(page.locator("#events tbody tr.event").first).to_be_visible()
    expect(page.locator("#timeline .bar").first).to_be_visible()
    expect(page.locator("#pairs tbody tr").first).to_be_visible()

    page.select_option("select[name=type]", "Meeting")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => [...document.querySelectorAll('#events tbody tr.event')].length > 0 && [...document.querySelectorAll('#events tbody tr.event')].every(r => r.dataset.type === 'Meeting')")
    rows = page.locator("#events tbody tr.event")
    print(f"ok   {rows.count()} meetings listed after filtering by type")
    page.screenshot(path=SHOT, full_page=False)

    kishida = rows.filter(has_text="Fumio Kishida").first
    kishida.locator("td").first.click()
    expect(page.locator("mark.evidence").first).to_be_visible()
    marks = page.locator("mark.evidence")
    anchors = page.locator("p.anchor")
    assert marks.count() == anchors.count() > 0
    for i in range(marks.count()):
        highlighted, anchor = marks.nth(i).text_content(), anchors.nth(i).text_content()
        assert highlighted == anchor, f"highlight {highlighted!r} != anchor {anchor!r}"
    print(f"ok   {marks.count()} evidence highlights equal their stored anchors")
    page.screenshot(path=SHOT.replace(".png", "-evidence.png"), full_page=False)

    page.locator("dl.facts a", has_text="Fumio Kishida").first.click()
    expect(page.locator("#entity-name")).to_have_text("Fumio Kishida")
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr.event').length > 0")
    print("ok   entity page lists Kishida's events")

    page.goto(BASE + "/#/sparql")
    page.click("#run")
    expect(page.locator("#results table")).to_be_visible()
    assert "Meeting" in page.locator("#results table").inner_text()
    print("ok   SPARQL box shows a results table")
    assert not errors, errors
    browser.close()
print("explorer checks passed")
