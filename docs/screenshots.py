"""Take the README's screenshots: the plan page and a source page of the demo database.

    parley demo --db demo.db > /dev/null
    python docs/screenshots.py demo.db docs/img

Needs Debian's chromium (``apt-get install chromium``) and the playwright package (dev extra).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from parley.web import create_app
from parley.web.server import serving

ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def main(db: str, out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with serving(create_app(db=db, token=None)) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(f"{url}/plans/us-plan@28-points")
        cell = page.locator("#matrix button.cell").first
        cell.click()
        page.screenshot(path=str(folder / "plan-page.png"), full_page=False)
        sources = page.request.get(f"{url}/api/sources?q=Witkoff").json()["items"]
        page.goto(f"{url}/sources/{sources[0]['id']}")
        page.locator("#article mark.st").nth(2).click()
        page.screenshot(path=str(folder / "source-page.png"), full_page=False)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
