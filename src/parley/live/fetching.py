"""Downloading pages politely: httpx with a timeout, a streamed size limit, robots.txt and retries.

>>> with Fetcher() as fetcher:                                   # doctest: +SKIP
...     page = fetcher.get("https://example.org/news/talks")
...     source = page_source(page)

Every failure is a :class:`parley.errors.FetchError` naming the URL, with its own code:
the server is down (E501), too slow (E502), answers an error status (E503), sends more
than the size limit (E504, reading stops at the limit), sends something that is not a
readable page (E505), or robots.txt disallows the URL (E506). Server errors (5xx, 429),
timeouts and refused connections are retried with exponential backoff first.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from parley import __version__
from parley.errors import (
    FetchConnectError,
    FetchContentError,
    FetchError,
    FetchStatusError,
    FetchTimeoutError,
    FetchTooLargeError,
    FetchUrlError,
    InputError,
    RobotsDisallowedError,
)
from parley.sources import DEFAULT_MAX_BYTES, Source, _html_source

USER_AGENT = f"parley/{__version__} (negotiation record; python-httpx)"
ROBOTS_AGENT = "parley"  # the token robots.txt rules name
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 0.5
ROBOTS_MAX_BYTES = 512_000
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SLUG = re.compile(r"[^A-Za-z0-9]+")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """A downloaded response: the URL asked for, the URL answered (after redirects), the body."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    charset: str | None = None
    retrieved: datetime = field(default_factory=lambda: datetime.now(UTC))

    def text(self) -> str:
        """The body decoded: the charset the server names, else the page's meta tag, else UTF-8."""
        if b"\x00" in self.body:
            raise FetchContentError(
                "binary content (contains NUL bytes), not a page", path=self.url
            )
        encoding = self.charset or _meta_charset(self.body) or "utf-8"
        try:
            return self.body.decode(encoding)
        except LookupError:
            raise FetchContentError(f"unknown character set {encoding!r}", path=self.url) from None
        except UnicodeDecodeError as exc:
            raise FetchContentError(
                f"not valid {encoding} text (byte 0x{self.body[exc.start]:02x} at offset "
                f"{exc.start})",
                path=self.url,
            ) from None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


@dataclass(slots=True)
class Fetcher:
    """An HTTP client for pages and feeds; use it as a context manager.

    ``timeout`` bounds each connection and read and the whole download; ``max_bytes``
    bounds a body (reading stops there); ``retries`` more attempts follow a server error,
    a timeout or a refused connection, ``backoff`` seconds after the first and twice as
    long after each next one. robots.txt is read once per host and obeyed.
    """

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    user_agent: str = USER_AGENT
    obey_robots: bool = True
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _robots: dict[str, RobotFileParser | FetchError] = field(
        default_factory=dict, init=False, repr=False
    )

    def __enter__(self) -> Fetcher:
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.timeout),
            headers={"User-Agent": self.user_agent},
            follow_redirects=True,
            max_redirects=5,
        )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ public

    def get(self, url: str, *, accept: tuple[str, ...] = HTML_TYPES) -> Page:
        """Download ``url`` (after checking robots.txt); its content type must be in ``accept``."""
        check_url(url)
        if self.obey_robots:
            self._check_robots(url)
        page = self._get_with_retries(url, self.max_bytes)
        if accept and not any(page.content_type.startswith(kind) for kind in accept):
            shown = page.content_type or "none"
            raise FetchContentError(f"not a page parley reads (content type {shown})", path=url)
        return page

    # ------------------------------------------------------------------ robots.txt

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._read_robots(origin)
            self._robots[origin] = rules
        if isinstance(rules, FetchError):
            raise type(rules)(rules.message, path=url)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise RobotsDisallowedError(
                f"robots.txt of {parts.netloc} disallows this URL for {ROBOTS_AGENT}", path=url
            )

    def _read_robots(self, origin: str) -> RobotFileParser | FetchError:
        robots_url = urljoin(origin, "/robots.txt")
        rules = RobotFileParser(robots_url)
        try:
            page = self._get_with_retries(robots_url, ROBOTS_MAX_BYTES)
        except FetchStatusError as exc:
            if exc.status in (401, 403):
                rules.parse(["User-agent: *", "Disallow: /"])  # as RobotFileParser.read() does
            elif 400 <= exc.status < 500:
                rules.parse([])  # no robots.txt: everything is allowed
            else:  # a server error: RFC 9309 says to assume everything is disallowed
                return RobotsDisallowedError(
                    f"robots.txt unavailable ({exc.message}); not fetching", path=origin
                )
            return rules
        except FetchTooLargeError:
            rules.parse([])
            return rules
        except FetchError as exc:  # down or too slow: every URL of the host fails the same way
            return exc
        try:
            text = page.body.decode(page.charset or "utf-8", errors="replace")
        except LookupError:
            text = page.body.decode("utf-8", errors="replace")
        rules.parse(text.splitlines())
        return rules

    # ------------------------------------------------------------------ HTTP

    def _get_with_retries(self, url: str, max_bytes: int) -> Page:
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return self._get_once(url, max_bytes)
            except (FetchStatusError, FetchTimeoutError, FetchConnectError) as exc:
                retryable = not isinstance(exc, FetchStatusError) or exc.status in RETRY_STATUSES
                if not retryable or attempt == attempts:
                    if attempt > 1:
                        exc.message = f"{exc.message} (after {attempt} attempts)"
                    raise
            time.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, max_bytes: int) -> Page:
        if self._client is None:
            raise RuntimeError("use Fetcher as a context manager")
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise _status_error(url, response.status_code, response.reason_phrase)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchTooLargeError(
                        f"response is {int(declared):,} bytes, over the limit of {max_bytes:,} "
                        "(--max-bytes)",
                        path=url,
                    )
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchTooLargeError(
                            f"response over the limit of {max_bytes:,} bytes; stopped reading "
                            "(--max-bytes)",
                            path=url,
                        )
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("download took too long")
                content_type = response.headers.get("content-type", "").split(";")[0]
                return Page(
                    url=url,
                    final_url=str(response.url),
                    content_type=content_type.strip().lower(),
                    body=bytes(body),
                    charset=response.charset_encoding,
                )
        except httpx.TimeoutException:
            raise FetchTimeoutError(
                f"no answer within {self.timeout:g} s (--timeout)", path=url
            ) from None
        except httpx.ConnectError as exc:
            raise FetchConnectError(f"cannot connect ({_reason(exc)})", path=url) from None
        except httpx.TooManyRedirects:
            raise FetchStatusError("too many redirects", path=url) from None
        except httpx.HTTPError as exc:  # protocol errors, broken connections
            raise FetchConnectError(f"transfer failed ({_reason(exc)})", path=url) from None


def _status_error(url: str, status: int, reason: str) -> FetchStatusError:
    error = FetchStatusError(f"HTTP {status} {reason}".strip(), path=url)
    error.status = status
    return error


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    # httpx wraps the OS error: "[Errno 111] Connection refused" reads better without the number
    return re.sub(r"^\[Errno -?\d+\]\s*", "", text)


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchUrlError("not an http(s) URL", path=url)


def url_name(url: str) -> str:
    """A source name for a URL: host and path as a slug (``example-org-news-talks``)."""
    parts = urlsplit(url)
    path = _PAGE_SUFFIX.sub("", parts.path)
    slug = _SLUG.sub("-", f"{parts.hostname or ''}{path}").strip("-")
    return slug[:120] or "page"


def page_source(page: Page) -> Source:
    """The article in a downloaded HTML page, read by the same reader as ``.html`` files.

    ``path`` is the URL asked for; ``url`` the page's own (canonical) URL if it names one,
    else the URL answered after redirects. A relative date on the page ("2 hours ago")
    is read against the day the page was retrieved.
    """
    text = page.text()
    name = url_name(page.url)
    try:
        source = _html_source(Path(name), text, page.retrieved.date())
    except InputError as exc:
        raise type(exc)(exc.message, path=page.url) from None
    for warning in source.warnings:
        warning.path = page.url
    return replace(source, name=name, path=page.url, url=source.url or page.final_url)
