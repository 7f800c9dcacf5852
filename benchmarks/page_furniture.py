"""How extraction holds up on real-page furniture: the annotated articles wrapped in a web page.

The annotated articles are clean text written for the project; a page pasted from a browser
or saved as HTML also carries a menu, a breadcrumb, a headline and standfirst, bylines with
"Published" and "Updated" dates, share buttons, photo captions with credits between the
paragraphs (some describe a person speaking), "Read more:" teasers whose headlines use
reporting verbs, pull quotes that repeat a quotation of the story, an "Advertisement" label
inside a quotation that runs across paragraphs, a standfirst that sums up a statement
("X says ..."), a "reported from" tagline, newsletter, cookie and paywall boxes, an author
bio, tags, a "Most read" list, a comment count and a footer. None of that is a statement
(spec: captions, headlines, bylines and navigation are not), and none of it may cost a
statement of the article.

For every ``NAME.txt`` with a ``NAME.gold.jsonl`` in each folder given, this writes
``OUT/<folder>/txt/NAME.txt`` (the page as pasted from a browser: no ``Key: value`` header,
one block a line) and ``OUT/<folder>/html/NAME.html`` (``<nav>``, ``<header>``,
``<figure><figcaption>``, ``<aside>``, ``<footer>``, the body in ``<article><p>``; read
through trafilatura), seeded per article so runs repeat. With ``--score`` it extracts the
clean originals and both furnished versions, scores each against the same gold (the scorer
matches by content words, so shifted offsets do not matter) and prints the figures side by
side, the furnished runs also as ratios to the clean run.

All furniture text is invented here from templates; the people named in captions are the
article's own speakers (as a real caption would show them) or invented names.

    python benchmarks/page_furniture.py [--out /tmp/furniture] [--seed 11] [--score]
        [DIR ...]   (default: tests/data/negotiations/dev tests/data/dev)
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
import sys
import zlib
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = (ROOT / "tests/data/negotiations/dev", ROOT / "tests/data/dev")
sys.path.insert(0, str(ROOT / "src"))

from parley.sources import split_header  # noqa: E402

OUTLETS = (
    "The Meridian Post",
    "Northgate Daily",
    "Continental Wire",
    "Harbour Times",
    "Atlas News",
)
SECTIONS = ("World", "Europe", "Politics", "Business", "Opinion", "Video", "Podcasts", "Climate")
AGENCIES = ("AFP", "Reuters", "AP", "EPA", "Anadolu", "Pool", "Getty Images")
PHOTOGRAPHERS = ("Lena Varga", "Tomas Ruiz", "Amina Okoro", "Pieter Hals", "Jun Sato")
AUTHORS = ("Clara Whitfield", "Daniel Osei", "Marta Kowalczyk", "Yusuf Demir", "Ines Laurent")
PLACES = ("Brussels", "Geneva", "Vienna", "Istanbul", "Doha", "Riyadh", "Berlin", "Warsaw")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Teaser headlines: an actor, a reporting verb, an object -- the shape of a news headline.
TEASER_ACTORS = (
    "Kremlin", "EU", "NATO chief", "White House", "Zelensky", "Putin", "Beijing", "UN envoy",
    "Erdogan", "Tehran", "Foreign minister", "Opposition leader", "Macron", "Trump",
)  # fmt: skip
TEASER_VERBS = ("says", "warns", "vows", "insists", "claims", "rejects", "urges", "denies")
TEASER_OBJECTS = (
    "talks will resume next month", "no deal without security guarantees",
    "sanctions relief is off the table", "ceasefire plan 'a basis' for talks",
    "the new proposal falls short", "allies to keep up pressure", "reports of secret meetings",
    "border crossings to reopen", "it will not back down on energy prices",
)  # fmt: skip
OTHER_TEASERS = (
    "Analysis: Why the latest round of talks stalled",
    "Explainer: What is in the draft framework",
    "Live updates: Leaders meet as deadline nears",
    "In pictures: A day at the summit",
    "Opinion: Diplomacy needs patience, not deadlines",
    "Timeline: Two years of on-and-off negotiations",
)
CAPTIONS_SPEAKING = (
    "{name} speaks during a press conference in {place} on {day}.",
    "{name} addresses reporters after talks in {place}, {date}.",
    "{name} gestures as he speaks to the media in {place} on {day}.",
    "{name} talks to journalists upon arrival in {place}.",
    "{name} delivers a statement at the end of the meeting in {place} on {date}.",
    "{name} (L) and {name2} (R) shake hands before their meeting in {place}.",
    "{name}, left, listens as {name2} answers a question in {place} on {day}.",
)
CAPTIONS_SCENE = (
    "Delegations sit at the negotiating table in {place} on {day}.",
    "A view of the venue where the talks are being held in {place}.",
    "Flags are seen outside the conference hall in {place}, {date}.",
    "Members of the media wait outside the hotel hosting the talks in {place}.",
)
CREDITS = (
    "({agency} Photo)", "(Photo: {agency})", "Photo: {photographer}/{agency}",
    "{agency}/{photographer}", "(Photo by {photographer}/{agency})", "Image: {agency}",
    "{photographer} / {agency}",
)  # fmt: skip
NEWSLETTER = (
    ("Sign up for our Morning Briefing",
     "Get the day's top stories delivered to your inbox every morning.",
     "Enter your email address", "Subscribe"),
    ("Newsletter", "The week in diplomacy, explained. Every Friday.", "Sign up"),
)  # fmt: skip
COOKIES = (
    "We use cookies to improve your experience on our site. By continuing to browse, you agree "
    "to our use of cookies.",
    "This website uses cookies to personalise content and analyse traffic. You can change "
    "your preferences at any time.",
)
PAYWALL = (
    "You have read 3 of your 5 free articles this month.",
    "Subscribe now for unlimited access to our journalism. Cancel anytime.",
)
BIOS = (
    "{author} is a correspondent covering European diplomacy. She previously reported from "
    "Moscow and Kyiv.",
    "{author} covers security and foreign policy for {outlet}. He is based in {place}.",
)
FOOTER = (
    "About us", "Contact", "Privacy policy", "Terms of use", "Advertise with us", "Careers",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def _rng(seed: int, stem: str) -> random.Random:
    return random.Random(seed * 1_000_003 + zlib.crc32(stem.encode()))


def _date_text(rng: random.Random, when: datetime) -> str:
    month = MONTHS[when.month - 1]
    style = rng.randrange(4)
    hour12 = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    if style == 0:
        return f"{month} {when.day}, {when.year} {hour12}:{when.minute:02d} {ampm}"
    if style == 1:
        return f"{when.day} {month} {when.year}, {when.hour:02d}:{when.minute:02d}"
    if style == 2:
        return f"{month[:3]} {when.day}, {when.year}"
    return f"{when.strftime('%A')}, {when.day} {month} {when.year}"


def _caption(rng: random.Random, names: list[str], when: datetime) -> str:
    fill = {
        "name": rng.choice(names),
        "name2": rng.choice(names),
        "place": rng.choice(PLACES),
        "day": rng.choice(DAYS),
        "date": f"{MONTHS[when.month - 1][:3]}. {max(1, when.day - rng.randrange(3))}, {when.year}",
        "agency": rng.choice(AGENCIES),
        "photographer": rng.choice(PHOTOGRAPHERS),
    }
    pool = CAPTIONS_SPEAKING if rng.random() < 0.7 else CAPTIONS_SCENE
    return rng.choice(pool).format(**fill) + " " + rng.choice(CREDITS).format(**fill)


def _teaser(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(OTHER_TEASERS)
    head = f"{rng.choice(TEASER_ACTORS)} {rng.choice(TEASER_VERBS)} {rng.choice(TEASER_OBJECTS)}"
    return head[0].upper() + head[1:]


def _names(gold: Path) -> list[str]:
    """The article's named speakers (two words or more, capitalised): who a caption shows."""
    names: set[str] = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        speaker = json.loads(line).get("speaker") or ""
        if re.fullmatch(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}", speaker):
            names.add(speaker)
    return sorted(names) or ["Elena Marsh", "Karim Haddad"]


def _pull_quote(rng: random.Random, gold: Path) -> str | None:
    """A direct quotation of the article set again as a pull quote, as pages do: bare, or
    signed with a dash and the speaker's name."""
    quotes = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        st = json.loads(line)
        if st.get("direct") and 8 <= len(st["text"].split()) <= 30:
            quotes.append((st["text"].strip(" ,"), st.get("speaker")))
    if not quotes:
        return None
    quote, speaker = rng.choice(quotes)
    mark = f"“{quote}”"
    return f"{mark} — {speaker}" if speaker and rng.random() < 0.5 else mark


def _reporting_standfirst(rng: random.Random, gold: Path) -> str | None:
    """A standfirst that sums up one of the article's reported statements ("X says ...")."""
    cands = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        st = json.loads(line)
        speaker = st.get("speaker") or ""
        if not st.get("direct") and speaker and 6 <= len(st["text"].split()) <= 25:
            cands.append((speaker.split()[-1], st["text"]))
    if not cands:
        return None
    who, what = rng.choice(cands)
    return f"{who} {rng.choice(('says', 'signals', 'insists'))} {what}" + rng.choice((".", ""))


def _open_quotation(paragraph: str) -> bool:
    """A paragraph that leaves a quotation open runs on into the next one."""
    return paragraph.count("“") > paragraph.count("”") or (
        paragraph.count('"') % 2 == 1 and paragraph.lstrip().startswith('"')
    )


def build(article: Path, gold: Path, seed: int) -> tuple[str, str]:
    """The article as a pasted page (.txt) and as a saved page (.html)."""
    rng = _rng(seed, article.stem)
    text = article.read_text(encoding="utf-8")
    header, start = split_header(text)
    body = [p.strip() for p in text[start:].splitlines() if p.strip()]
    title = header.get("title") or body[0]
    try:
        published = datetime.fromisoformat(header.get("published", ""))
    except ValueError:
        published = datetime(2025, 11, 20, 9, 30)
    updated = published + timedelta(days=rng.choice((0, 1, 2, 5)), hours=rng.randrange(1, 9))
    outlet = rng.choice(OUTLETS)
    names = _names(gold)
    authors = rng.sample(AUTHORS, rng.choice((1, 1, 2)))
    section = rng.choice(SECTIONS[:4])

    # where captions and teasers go between the body's paragraphs: some where a quotation
    # runs on across the break
    slots = list(range(1, len(body)))
    open_slots = [i for i in slots if _open_quotation(body[i - 1])]
    n_captions = min(len(slots), rng.choice((1, 2, 2, 3)))
    captions_at = set(rng.sample(slots, n_captions)) if slots else set()
    if open_slots and rng.random() < 0.8:
        captions_at.add(rng.choice(open_slots))
    teasers_at = set(rng.sample(slots, min(len(slots), rng.choice((1, 1, 2))))) if slots else set()
    inserts: dict[int, list[tuple[str, str]]] = {}
    for i in sorted(captions_at):
        inserts.setdefault(i, []).append(("caption", _caption(rng, names, published)))
    for i in sorted(teasers_at):
        label = rng.choice(("Read more:", "Related:", "READ MORE:", "Also read:", "See also:"))
        inserts.setdefault(i, []).append(("teaser", f"{label} {_teaser(rng)}"))

    pull = _pull_quote(rng, gold)
    if pull and slots:
        inserts.setdefault(rng.choice(slots), []).append(("pull", pull))
    if open_slots and rng.random() < 0.5:
        inserts.setdefault(rng.choice(open_slots), []).append(("ad", "Advertisement"))
    first_caption = _caption(rng, names, published)
    by = " and ".join(authors)
    published_text = _date_text(rng, published)
    updated_text = _date_text(rng, updated)
    standfirst = rng.choice(
        (
            "What we know so far, and what could come next.",
            "The talks enter a delicate phase as both sides weigh their options.",
            f"Our correspondent in {rng.choice(PLACES)} looks at the state of play.",
        )
    )
    standfirst = (rng.random() < 0.5 and _reporting_standfirst(rng, gold)) or standfirst
    tagline = rng.choice(
        (
            f"{authors[-1]} reported from {rng.choice(PLACES)}.",
            f"{rng.choice(AUTHORS)} contributed reporting from {rng.choice(PLACES)}.",
            f"Additional reporting by {rng.choice(AUTHORS)}; editing by {rng.choice(AUTHORS)}",
        )
    )
    most_read = [_teaser(rng) for _ in range(5)]
    more_from = [_teaser(rng) for _ in range(rng.choice((3, 4)))]
    tags = rng.sample(["Diplomacy", "Europe", "Security", "Sanctions", "Peace talks",
                       "Energy", "Conflict"], 4)  # fmt: skip
    comments = rng.randrange(3, 400)
    bio = rng.choice(BIOS).format(author=authors[0], outlet=outlet, place=rng.choice(PLACES))
    newsletter = rng.choice(NEWSLETTER)

    return (
        _txt(locals(), body, inserts, rng),
        _html(locals(), body, inserts, rng),
    )


def _txt(v: dict, body: list[str], inserts: dict, rng: random.Random) -> str:
    out: list[str] = []
    add = out.append
    add("Skip to main content")
    add(v["outlet"])
    if rng.random() < 0.5:
        out.extend(SECTIONS)
    else:
        add(" | ".join(SECTIONS))
    add("Search")
    add(f"Home > {v['section']} > {rng.choice(('Diplomacy', 'Conflict', 'Europe'))}")
    add(v["title"])
    add(v["standfirst"])
    cap = v["first_caption"]
    add(cap)
    if rng.random() < 0.5:
        add("Enlarge this image")
        add(cap)  # pasted pages often hold the caption twice (alt text and caption)
    add(f"By {v['by']}")
    if rng.random() < 0.5:
        add(f"Published {v['published_text']}")
        add(f"Updated {v['updated_text']}")
    else:
        add(f"Updated: {v['updated_text']}")
        add(f"First published: {v['published_text']}")
    add(f"{rng.randrange(3, 9)} min read")
    out.extend(("Share", "Facebook", "X", "WhatsApp", "Email", "Copy link"))
    if rng.random() < 0.5:
        out.extend(v["newsletter"])
    for i, paragraph in enumerate(body):
        for _kind, line in inserts.get(i, ()):
            add(line)
        add(paragraph)
        if i == len(body) // 2 and rng.random() < 0.5:
            out.extend(PAYWALL)
    add(v["tagline"])
    add("Topics")
    out.extend(v["tags"])
    add(f"About the author: {v['bio']}")
    add(f"{v['comments']} comments")
    add(f"More from {v['outlet']}")
    out.extend(v["more_from"])
    add("Most read")
    out.extend(f"{k}. {t}" for k, t in enumerate(v["most_read"], 1))
    out.extend(rng.choice(COOKIES).split(". ")[:1] + ["Accept all", "Manage preferences"])
    out.extend(FOOTER)
    add(f"© {v['published'].year} {v['outlet']}. All rights reserved.")
    return rng.choice(("\n", "\n\n")).join(out) + "\n"


def _html(v: dict, body: list[str], inserts: dict, rng: random.Random) -> str:
    e = html.escape
    iso = v["published"].isoformat()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(v['title'])} | {e(v['outlet'])}</title>",
        f'<meta property="og:title" content="{e(v["title"])}">',
        f'<meta property="og:site_name" content="{e(v["outlet"])}">',
        f'<meta property="article:published_time" content="{iso}">',
        f'<meta property="article:modified_time" content="{v["updated"].isoformat()}">',
        "</head><body>",
        '<a href="#main" class="skip">Skip to main content</a>',
        "<nav><ul>"
        + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS)
        + "</ul></nav>",
        f'<div class="cookie-banner"><p>{e(rng.choice(COOKIES))}</p>',
        "<button>Accept all</button></div>",
        '<main id="main">',
        '<ol class="breadcrumb"><li><a href="/">Home</a></li>',
        f'<li><a href="/{v["section"].lower()}">{v["section"]}</a></li></ol>',
        "<article>",
        f'<header><h1>{e(v["title"])}</h1><p class="standfirst">{e(v["standfirst"])}</p>',
        f'<div class="byline">By <a href="/authors/x">{e(v["by"])}</a></div>',
        f'<time datetime="{iso}">Published {e(v["published_text"])}</time>',
        f'<span class="updated">Updated {e(v["updated_text"])}</span></header>',
        '<ul class="share"><li>Share</li><li>Facebook</li><li>X</li><li>Email</li></ul>',
        '<figure><img src="/img/lead.jpg" alt="">',
        f"<figcaption>{e(v['first_caption'])}</figcaption></figure>",
        '<div class="article-body">',
    ]
    for i, paragraph in enumerate(body):
        for kind, line in inserts.get(i, ()):
            if kind == "caption":
                parts.append(
                    f'<figure><img src="/img/{i}.jpg" alt="">'
                    f"<figcaption>{e(line)}</figcaption></figure>"
                )
            elif kind == "pull":
                parts.append(f'<blockquote class="pullquote"><p>{e(line)}</p></blockquote>')
            elif kind == "ad":
                parts.append('<div class="ad"><span>Advertisement</span></div>')
            else:
                parts.append(f'<aside class="related"><a href="/story/{i}">{e(line)}</a></aside>')
        parts.append(f"<p>{e(paragraph)}</p>")
        if i == len(body) // 2 and rng.random() < 0.5:
            parts.append(
                '<div class="newsletter">'
                + "".join(f"<p>{e(x)}</p>" for x in v["newsletter"])
                + "</div>"
            )
    parts += [
        f'<p class="tagline"><em>{e(v["tagline"])}</em></p>',
        "</div>",
        '<div class="tags">'
        + "".join(f'<a href="/tag/{t}">{e(t)}</a>' for t in v["tags"])
        + "</div>",
        f'<div class="author-bio"><p>{e(v["bio"])}</p></div>',
        f'<div class="comments"><a href="#comments">{v["comments"]} comments</a></div>',
        "</article>",
        f'<aside class="more"><h2>More from {e(v["outlet"])}</h2><ul>'
        + "".join(f'<li><a href="/s">{e(t)}</a></li>' for t in v["more_from"])
        + "</ul></aside>",
        '<aside class="most-read"><h2>Most read</h2><ol>'
        + "".join(f'<li><a href="/m">{e(t)}</a></li>' for t in v["most_read"])
        + "</ol></aside>",
        "</main>",
        "<footer><ul>" + "".join(f"<li>{f}</li>" for f in FOOTER) + "</ul>",
        f"<p>© {v['published'].year} {e(v['outlet'])}. All rights reserved.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def generate(dirs: list[Path], out: Path, seed: int) -> list[tuple[str, Path, Path, Path]]:
    """Write the furnished pages; (label, gold dir, txt dir, html dir) for each folder."""
    made = []
    for folder in dirs:
        label = f"{folder.parent.name}-{folder.name}"
        txt_dir, html_dir = out / label / "txt", out / label / "html"
        txt_dir.mkdir(parents=True, exist_ok=True)
        html_dir.mkdir(parents=True, exist_ok=True)
        for article in sorted(folder.glob("*.txt")):
            gold = article.with_name(article.stem + ".gold.jsonl")
            if not gold.exists():
                continue
            page_txt, page_html = build(article, gold, seed)
            (txt_dir / article.name).write_text(page_txt, encoding="utf-8")
            (html_dir / (article.stem + ".html")).write_text(page_html, encoding="utf-8")
        made.append((label, folder, txt_dir, html_dir))
    return made


KEYS = (
    ("detection_precision", "det P"), ("detection_recall", "det R"), ("detection_f1", "det F1"),
    ("attributed_f1", "attr F1"), ("speaker_accuracy", "speaker"), ("actor_accuracy", "actor"),
    ("event_accuracy", "event"),
)  # fmt: skip


def _score(parley: Path, gold: Path, inputs: list[Path], out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    subprocess.run([str(parley), "extract", *map(str, inputs), "--out", str(out)],
                   check=True, capture_output=True)  # fmt: skip
    done = subprocess.run([str(parley), "eval", str(gold), str(out), "--format", "json"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return json.loads(done.stdout)


def score(made: list[tuple[str, Path, Path, Path]], out: Path) -> None:
    parley = Path(sys.executable).with_name("parley")
    print("set".ljust(22), "run".ljust(6), " ".join(name.rjust(7) for _, name in KEYS), "  pred")
    for label, gold, txt_dir, html_dir in made:
        runs = {
            "clean": sorted(gold.glob("*.txt")),
            "txt": sorted(txt_dir.glob("*.txt")),
            "html": sorted(html_dir.glob("*.html")),
        }
        results = {
            run: _score(parley, gold, files, out / label / f"pred-{run}")
            for run, files in runs.items()
        }
        clean = results["clean"]
        for run, r in results.items():
            cells = [f"{r.get(k, 0):7.3f}" for k, _ in KEYS]
            print(label.ljust(22), run.ljust(6), " ".join(cells), f"{r.get('predicted', 0):6d}")
        for run in ("txt", "html"):
            r = results[run]
            ratios = [
                f"{(r.get(k) or 0) / clean[k]:7.3f}" if clean.get(k) else "      -" for k, _ in KEYS
            ]
            print(label.ljust(22), (run + "/c").ljust(6), " ".join(ratios))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_DIRS))
    ap.add_argument("--out", type=Path, default=Path("/tmp/furniture"))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--score", action="store_true", help="extract and score clean, txt and html")
    args = ap.parse_args(argv)
    if any(d.name == "test12" for d in args.dirs):
        sys.exit("test12 is a frozen part: not for measurement here")
    made = generate(args.dirs, args.out, args.seed)
    print(f"wrote {sum(len(list(t.glob('*.txt'))) for _, _, t, _ in made)} pages to {args.out}")
    if args.score:
        score(made, args.out)


if __name__ == "__main__":
    main()
