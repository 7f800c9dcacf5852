"""Small article files for the tests, written by the tests themselves."""

from __future__ import annotations

import json
from pathlib import Path

HEADER = (
    "Title: Moscow answers the plan\n"
    "URL: https://example.org/moscow-answers\n"
    "Outlet: The Example Ledger\n"
    "Published: 2025-11-23T14:05:00+01:00\n"
    "\n"
)
BODY = (
    "MOSCOW - The Kremlin studied the American text on Sunday.\n\n"
    '"We have seen the document and we are ready to talk," Putin told officials. '
    '"But we reject any deadline," he added, according to the readout.\n\n'
    "Share on Facebook\n"
)
PAGE = """<html><head><title>Kyiv weighs the draft | Example Daily</title>
<meta property="og:title" content="Kyiv weighs the draft">
<meta property="article:published_time" content="2025-11-22T09:30:00+02:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="https://facebook.com/x">Share on Facebook</a></li></ul></nav>
<article><h1>Kyiv weighs the draft</h1>
<figure><img src="a.jpg"><figcaption>Zelensky in Kyiv. (Photo: Example Agency)</figcaption></figure>
<p>"Ukraine will not trade its dignity for a signature," Zelensky said in a video address on
Saturday evening, speaking from his office in the capital.</p>
<p>Officials in Kyiv said they would send a delegation to talks in Switzerland over the weekend,
and that the points on territory and the size of the army remained the hardest ones.</p>
<p>The draft has 28 points and covers security guarantees, territory and sanctions relief.</p>
</article>
<aside><h3>More From Example Daily</h3><ul><li><a href="/y">Another story</a></li></ul></aside>
<footer>Copyright 2025 Example Daily. Follow us on X and Instagram.</footer>
</body></html>
"""
RECORDS = [
    {
        "text": '"The talks were productive," Rubio said in Geneva on Sunday.',
        "title": "Geneva round",
        "url": "https://example.org/geneva",
        "outlet": "Wire Example",
        "published": "2025-11-23T21:10:00-05:00",
    },
    {
        "id": "brief-2",
        "text": '"We reject the idea of a frozen conflict," Zelensky said on Monday.',
        "published": "24 November 2025",
        "section": "world",
    },
]


def write_txt(folder: Path, name: str = "moscow-answers", body: str = BODY) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def write_html(folder: Path, name: str = "kyiv-weighs") -> Path:
    path = folder / f"{name}.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def write_jsonl(folder: Path, name: str = "briefs") -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def write_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """One file per kind of bad input: name -> (path, the error code it must give)."""
    folder.mkdir(parents=True, exist_ok=True)
    bad = {
        "empty": (folder / "empty.txt", "E101"),
        "binary": (folder / "binary.txt", "E102"),
        "encoding": (folder / "latin1.txt", "E103"),
        "too-large": (folder / "huge.txt", "E104"),
        "no-article": (folder / "menu-only.html", "E105"),
        "malformed-jsonl": (folder / "broken.jsonl", "E106"),
        "missing": (folder / "does-not-exist.txt", "E107"),
    }
    bad["empty"][0].write_bytes(b"")
    bad["binary"][0].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = '"Nous refusons," a dit le ministre. Caf\u00e9.'.encode("latin-1")
    bad["encoding"][0].write_bytes(latin1)
    bad["too-large"][0].write_text("Title: Big\n\n" + '"A long quote," Putin said. ' * 400_000)
    bad["no-article"][0].write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/w'>World</a></nav></body></html>"
    )
    bad["malformed-jsonl"][0].write_text(
        json.dumps(RECORDS[0]) + "\n" + '{"text": "cut off here\n', encoding="utf-8"
    )
    return bad
