"""parley fetch and parley watch against a real HTTP server on 127.0.0.1 that the tests start.

The server (http.server in a thread) serves articles, a robots.txt, feeds that grow between
runs, and every kind of bad answer: 404, 500, too slow, 50 MB, invalid bytes; a port with
no server stands for a site that is down. No traffic leaves 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from articles import PAGE
from parley.cli import main
from parley.errors import FetchContentError
from parley.live.feeds import parse_feed
from parley.live.fetching import USER_AGENT, Fetcher, Page, url_name
from parley.live.ingest import parse_interval, watch
from parley.record import Record

ROBOTS = "User-agent: *\nDisallow: /private/\n"
HUGE = 50 * 1024 * 1024


def article_page(title: str, speaker: str, quote: str) -> str:
    """An HTML news page with one quotation and enough running text to be an article."""
    return f"""<html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>"{quote}," {speaker} said on Monday, speaking to reporters after the meeting.</p>
<p>Officials said the next round of talks would take place later in the week, and that the
main questions on the table were still open.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example feed</title><link>/</link>{entries}</channel></rss>"
    )


@dataclass
class Site:
    """What the test server serves, and what it saw."""

    base: str
    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    huge_sent: int = 0

    def url(self, path: str) -> str:
        return self.base + path

    def html(self, path: str, text: str, status: int = 200) -> str:
        self.pages[path] = (status, "text/html; charset=utf-8", text.encode("utf-8"))
        return self.url(path)

    def feed(self, path: str, items: list[tuple[str, str]]) -> str:
        self.pages[path] = (200, "application/rss+xml", rss(items).encode("utf-8"))
        return self.url(path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.hits[self.path] += 1
            site.agents.add(self.headers.get("User-Agent", ""))
            if self.path == "/robots.txt":
                return self._send(200, "text/plain", ROBOTS.encode())
            if self.path == "/slow":
                time.sleep(3)
                return self._send(200, "text/html", PAGE.encode())
            if self.path == "/huge":
                return self._huge()
            if self.path in site.pages:
                return self._send(*site.pages[self.path])
            self._send(404, "text/html", b"<h1>Not found</h1>")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up (timeout): nothing to answer
                pass

        def _huge(self) -> None:
            # No Content-Length: the client has to stop reading by itself.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>"
            try:
                while site.huge_sent < HUGE:
                    self.wfile.write(chunk)
                    site.huge_sent += len(chunk)
            except OSError:  # the client hung up, as it should
                pass

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error: ")]


def counts(out: str) -> dict[str, int]:
    pairs = (line.rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return {key: int(value) for key, value in pairs if value.isdigit()}


# ---------------------------------------------------------------------------- fetch


def test_fetch_reports_each_bad_url_in_one_line_and_stores_the_others(
    site: Site, fake_extractor: Callable[..., Any], tmp_path: Path, capsys
) -> None:
    good = [
        site.html("/news/kyiv", PAGE),
        site.html("/news/moscow", article_page("Moscow answers", "Peskov", "We reject it")),
    ]
    invalid = site.url("/invalid")
    site.pages["/invalid"] = (200, "text/html; charset=utf-8", b"<p>Caf\xe9 \xff\x81 broken</p>")
    broken = site.html("/broken", "<h1>oops</h1>", status=500)
    bad = {
        site.url("/missing"): "E503",
        broken: "E503",
        site.url("/slow"): "E502",
        site.url("/huge"): "E504",
        invalid: "E505",
        site.html("/private/memo", PAGE): "E506",
        f"http://127.0.0.1:{free_port()}/news/down": "E501",
        "ftp://127.0.0.1/file": "E507",
    }
    db = tmp_path / "live.db"
    urls = [good[0], *bad, good[1]]
    code, out, err = run(
        ["fetch", *urls, "--db", str(db), "--timeout", "1", "--retries", "1"], capsys
    )
    assert code == 2
    assert counts(out) == {
        "sources added": 2,
        "already present": 0,
        "failed": len(bad),
        "statements added": 2,
    }
    lines = error_lines(err)
    assert len(lines) == len(bad) and "Traceback" not in err
    for url, code_wanted in bad.items():
        (line,) = [line for line in lines if line.startswith(f"error: {url}: ")]
        assert line.endswith(f"[{code_wanted}]"), line
    assert "HTTP 404" in err and "HTTP 500" in err and "after 2 attempts" in err
    assert "not valid utf-8 text (byte 0xe9 at offset 6)" in err
    assert site.hits["/broken"] == 2  # retried once
    assert site.hits["/private/memo"] == 0  # robots.txt said no
    assert site.hits["/robots.txt"] == 1  # read once for the host
    assert 0 < site.huge_sent < 20 * 1024 * 1024  # stopped reading at the 10 MB limit
    assert site.agents == {USER_AGENT} and "parley" in USER_AGENT

    with Record(db, create=False) as record:
        sources = {s.path: s for s in record.sources()}
    assert set(sources) == set(good)
    assert sources[good[1]].name == "127-0-0-1-news-moscow"
    assert sources[good[1]].url == good[1] and sources[good[1]].format == "html"

    # again: already present, nothing stored twice
    code, out, _ = run(["fetch", *good, "--db", str(db)], capsys)
    assert code == 0 and counts(out)["already present"] == 2


def test_a_page_with_a_charset_in_its_meta_tag_is_decoded_by_it() -> None:
    body = '<meta charset="iso-8859-1"><p>Caf\xe9</p>'.encode("latin-1")
    page = Page(url="http://127.0.0.1/x", final_url="http://127.0.0.1/x", content_type="text/html",
                body=body)  # fmt: skip
    assert "Café" in page.text()
    assert url_name("http://127.0.0.1:8000/world/2025/talks.html?x=1") == (
        "127-0-0-1-world-2025-talks"
    )


# ---------------------------------------------------------------------------- watch


def test_watch_ingests_each_new_item_once_across_restarts(
    site: Site, fake_extractor: Callable[..., Any], tmp_path: Path, capsys
) -> None:
    pages = {
        f"/story/{n}": article_page(f"Story {n}", "Zelensky", f"We will not trade point {n}")
        for n in range(1, 5)
    }
    for path, text in pages.items():
        site.html(path, text)
    site.html("/story/flaky", "<h1>busy</h1>", status=503)
    feed = site.feed(
        "/feed.xml",
        [("one", site.url("/story/1")), ("two", "/story/2"), ("gone", site.url("/gone"))],
    )
    db = tmp_path / "watch.db"
    args = ["watch", feed, "--once", "--db", str(db), "--retries", "0"]

    code, out, err = run(args, capsys)  # first run: 2 stored, 1 gone for good
    assert code == 2
    assert counts(out)["sources added"] == 2 and counts(out)["failed"] == 1
    assert error_lines(err) == [f"error: {site.url('/gone')}: HTTP 404 Not Found [E503]"]
    assert f"{feed}: 3 items, 3 new" in err

    # the feed grows: two new stories, a repost of story 1 under a new link, a flaky page
    site.html("/story/1-repost", pages["/story/1"])
    site.feed(
        "/feed.xml",
        [
            ("four", site.url("/story/4")),
            ("three", site.url("/story/3")),
            ("repost", site.url("/story/1-repost")),
            ("flaky", site.url("/story/flaky")),
            ("one", site.url("/story/1")),
            ("two", site.url("/story/2")),
            ("gone", site.url("/gone")),
        ],
    )
    code, out, err = run(args, capsys)  # a restart: a new process would read the same table
    assert counts(out) == {
        "sources added": 2,
        "already present": 1,
        "failed": 1,
        "statements added": 2,
    }
    assert f"{feed}: 7 items, 4 new" in err and "(1 to retry)" in err

    code, out, err = run(args, capsys)  # nothing new but the flaky page, tried again
    assert counts(out)["sources added"] == 0 and counts(out)["failed"] == 1
    assert f"{feed}: 7 items, 1 new" in err

    for path in ("/story/1", "/story/2", "/story/3", "/story/4", "/gone", "/story/1-repost"):
        assert site.hits[path] == 1, path  # each item's page fetched once over three runs
    assert site.hits["/story/flaky"] == 2
    with Record(db, create=False) as record:
        assert len(record.sources()) == 4


def test_watch_reports_a_feed_that_is_down_or_not_a_feed_and_polls_the_others(
    site: Site, fake_extractor: Callable[..., Any], tmp_path: Path, capsys
) -> None:
    site.html("/story/1", article_page("Story", "Rubio", "The talks were productive"))
    good = site.feed("/feed.xml", [("one", site.url("/story/1"))])
    not_feed = site.html("/page.html", "<html><body><p>Just a page.</p></body></html>")
    down = f"http://127.0.0.1:{free_port()}/feed.xml"
    code, out, err = run(
        ["watch", down, not_feed, good, "--once", "--db", str(tmp_path / "w.db"),
         "--retries", "0"],
        capsys,
    )  # fmt: skip
    assert code == 2 and counts(out)["sources added"] == 1
    lines = error_lines(err)
    assert len(lines) == 2
    assert lines[0].startswith(f"error: {down}: cannot connect") and lines[0].endswith("[E501]")
    assert lines[1] == f"error: {not_feed}: not an RSS or Atom feed [E505]" or (
        lines[1].startswith(f"error: {not_feed}: not an RSS or Atom feed (")
        and lines[1].endswith("[E505]")
    )


def test_watch_polls_again_after_the_interval(
    site: Site, fake_extractor: Callable[..., Any], tmp_path: Path
) -> None:
    site.html("/story/1", article_page("Story", "Rubio", "The talks were productive"))
    feed = site.feed("/feed.xml", [("one", site.url("/story/1"))])
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt

    with Record(tmp_path / "w.db") as record, Fetcher(retries=0) as fetcher:
        with pytest.raises(KeyboardInterrupt):
            watch(record, fetcher, [feed], every=900, sleep=sleep)
        assert len(record.sources()) == 1
    assert len(naps) == 2 and all(800 < nap <= 900 for nap in naps)
    assert site.hits["/feed.xml"] == 2 and site.hits["/story/1"] == 1


def test_intervals_and_bad_interval_is_a_usage_error(capsys) -> None:
    assert [parse_interval(t) for t in ("30s", "15m", "2h", "1d", "90")] == [
        30, 900, 7200, 86400, 90
    ]  # fmt: skip
    for bad in ("", "0m", "soon", "-5m", "15 minutes"):
        with pytest.raises(ValueError):
            parse_interval(bad)
    assert main(["watch", "http://127.0.0.1:1/feed", "--every", "soon"]) == 1


def test_a_feed_that_is_not_xml_is_refused() -> None:
    page = Page(url="http://127.0.0.1/f", final_url="http://127.0.0.1/f",
                content_type="application/json", body=b'{"items": []}')  # fmt: skip
    with pytest.raises(FetchContentError) as caught:
        parse_feed(page)
    assert caught.value.path == "http://127.0.0.1/f"
