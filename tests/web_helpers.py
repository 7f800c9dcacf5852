"""For the web tests: hostile articles, a server in a thread, Debian's chromium."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from parley.web.server import serving as running  # noqa: F401  (re-exported for the tests)

CHROMIUM = Path(os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent / "output" / "screenshots"

# Each payload would set window.__pwned (or change the title, or open a dialog) if it ran.
PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    '<img src="x" onerror="window.__pwned = \'onerror\'">',
    '<a href="javascript:window.__pwned=\'link\'" id="evil-link">read more</a>',
    "<svg onload=\"window.__pwned = 'svg'\"><script>window.__pwned = 'svg-script'</script></svg>",
    "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
    '"><body onload="window.__pwned=\'attr\'">',
    "</mark></article><script>document.title = 'pwned'</script>",
    "<style>body { display: none }</style>",
]


def hostile_txt(folder: Path) -> Path:
    """A .txt article whose header, quotes and running text carry script payloads."""
    quotes = "\n\n".join(
        f'"We reject the plan {payload} and every deadline," Putin said on Friday.'
        for payload in PAYLOADS
    )
    text = (
        "Title: <script>window.__pwned='title'</script> Kremlin answers\n"
        "Outlet: <img src=x onerror=\"window.__pwned='outlet'\">Hostile Wire\n"
        "URL: javascript:window.__pwned='url'\n"
        "Published: 2025-11-24T10:00:00+00:00\n"
        "\n"
        "MOSCOW - The Kremlin answered the plan on Friday. "
        + " ".join(PAYLOADS)
        + "\n\n"
        + quotes
        + '\n\n"Ukraine is against it," Putin said, adding nothing.\n'
    )
    path = folder / "hostile-wire.txt"
    path.write_text(text, encoding="utf-8")
    return path


def hostile_jsonl(folder: Path) -> Path:
    """JSON Lines records with payloads in text, title, outlet and name."""
    rows = [
        {
            "id": f"<script>window.__pwned='name{i}'</script>",
            "title": payload,
            "outlet": payload,
            "published": "2025-11-25",
            "text": (
                f'"Zelensky will never sign this {payload}," Peskov said in Moscow on Tuesday. '
                f"Officials said the talks went on for hours and reported {payload} afterwards."
            ),
        }
        for i, payload in enumerate(PAYLOADS[:4])
    ]
    path = folder / "hostile-records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def hostile_html(folder: Path) -> Path:
    """An HTML page whose article body shows payloads as text (escaped in the page)."""
    from html import escape

    body = "".join(
        f"<p>&quot;We will not accept {escape(p)} as a basis,&quot; Zelensky said in "
        "Kyiv on Saturday evening, speaking to reporters at length.</p>"
        for p in PAYLOADS
    )
    page = (
        "<html><head><title>Kyiv answers | Hostile Daily</title>"
        '<meta property="article:published_time" content="2025-11-26T09:30:00+02:00">'
        f"</head><body><article><h1>Kyiv answers</h1>{body}</article></body></html>"
    )
    path = folder / "hostile-daily.html"
    path.write_text(page, encoding="utf-8")
    return path


def chromium_or_fail() -> Path:
    """Debian's chromium; a missing browser fails the test on CI and skips it elsewhere."""
    found = CHROMIUM if CHROMIUM.exists() else None
    if found is None and shutil.which("chromium"):
        found = Path(str(shutil.which("chromium")))
    try:
        import playwright  # noqa: F401
    except ImportError:
        found = None
    if found is None:
        message = f"chromium ({CHROMIUM}) or the playwright package is missing"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message + "; .ci/run installs it (apt-get install chromium)")
        pytest.skip(message + "; install with: apt-get install -y chromium")
    return found
