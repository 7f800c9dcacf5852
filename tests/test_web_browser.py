"""The web app in a real browser: Debian's chromium driven by Playwright, headless.

The server runs in this process (uvicorn in a thread) over a database holding the
bundled examples, extracted by the real pipeline, and articles full of script payloads.
Run only these with ``pytest -m browser``; screenshots go to tests/output/screenshots/.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from parley.plans.corpus import add_bundled_plans
from parley.record import Record
from parley.web import create_app
from web_helpers import (
    CHROMIUM_ARGS,
    SCREENSHOTS,
    chromium_or_fail,
    hostile_html,
    hostile_jsonl,
    hostile_txt,
    running,
)

pytestmark = pytest.mark.browser
TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    inputs: list[Path] = [hostile_txt(hostile), hostile_jsonl(hostile), hostile_html(hostile)]
    db = folder / "web.db"
    examples = resources.files("parley") / "data" / "examples"
    with Record(db) as record, resources.as_file(examples) as bundled:
        report = record.ingest([bundled, *inputs])
        assert report.ok, [str(e) for e in report.failed]
        add_bundled_plans(record)
    return db


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_or_fail()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    with running(create_app(db=web_db, token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def readonly_server(web_db: Path) -> Iterator[str]:
    with running(create_app(db=web_db, token=None)) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.errors, page.dialogs = errors, dialogs
    yield page
    context.close()
    assert not errors, f"script errors in the page: {errors}"
    assert not dialogs, f"a dialog opened: {dialogs}"


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def source_id(url: str, page: Any, title_part: str) -> str:
    """The id of the source whose title contains ``title_part`` (via the JSON API)."""
    found = page.request.get(f"{url}/api/sources?limit=500").json()["items"]
    for row in found:
        if title_part.lower() in (row["title"] or row["name"]).lower():
            return str(row["id"])
    raise AssertionError(f"no source titled {title_part!r}: {[r['title'] for r in found]}")


def assert_nothing_ran(page: Any) -> None:
    assert page.evaluate("() => window.__pwned") is None
    assert page.title() != "pwned"  # the payload would set exactly this
    assert page.evaluate("() => document.querySelectorAll('script:not([src])').length") == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload]').length") == 0
    assert page.evaluate("() => document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    assert page.evaluate("() => document.querySelectorAll('iframe, article svg').length") == 0


# ------------------------------------------------------------------------ every page


def test_every_page_answers_with_content(server: str, page: Any) -> None:
    kremlin = source_id(server, page, "kremlin")
    pages = {
        "overview": ("/", "Actors most heard from"),
        "sources": ("/sources", "Sources"),
        "source": (f"/sources/{kremlin}", "Click a highlighted passage"),
        "statements": ("/statements", "Download this page"),
        "actors": ("/actors", "reported on by others"),
        "actor": ("/actors/RUS", "Stance over time"),
        "plans": ("/plans", "us-plan@28-points"),
        "plan": ("/plans/european-plan@counter-proposal", "Compare versions"),
        "consultations": ("/consultations", "Consultations"),
        "analysis": ("/analysis", "Pareto frontier"),
        "login": ("/login", "Sign in to write"),
        "upload": ("/upload", "Upload"),
    }
    for name, (path, expected) in pages.items():
        response = page.goto(server + path)
        assert response is not None and response.status == 200, path
        assert expected in page.content(), path
        headers = response.headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        if name in ("overview", "sources", "statements", "actors", "actor"):
            assert page.locator("table.rows tbody tr").count() >= 1, path
        shoot(page, name)


def test_a_missing_source_is_a_404_page(server: str, page: Any) -> None:
    response = page.goto(server + "/sources/no-such-source")
    assert response is not None and response.status == 404
    assert "no source" in page.locator(".error").inner_text()


# ------------------------------------------------------------------------ source page


def test_clicking_a_highlight_shows_its_statement(server: str, page: Any) -> None:
    page.goto(f"{server}/sources/{source_id(server, page, 'kremlin')}")
    marks = page.locator("#article mark.st")
    assert marks.count() >= 3
    assert page.locator("#details .detail:visible").count() == 0
    mark = marks.nth(1)
    mark.click()
    ids = (mark.get_attribute("data-st") or "").split()
    detail = page.locator(f"#st-{ids[-1]}")
    assert detail.is_visible()
    statement = page.request.get(f"{server}/api/statements/{ids[-1]}").json()
    assert detail.locator(".f-speaker").inner_text() == (statement["speaker"] or "–")
    assert detail.locator(".f-actor").inner_text() == (statement["actor"] or "–")
    assert statement["text"] in detail.locator("blockquote").inner_text()
    for field in ("f-event", "f-stance", "f-about", "f-status", "f-points"):
        assert detail.locator(f".{field}").count() == 1
    # the text of the article is all there, highlights included, in order
    source = page.request.get(f"{server}/api/sources/{source_id(server, page, 'kremlin')}").json()
    assert page.locator("#article").inner_text().strip() == source["text"].strip()
    shoot(page, "source-clicked")


def test_hearsay_shows_about_whom(server: str, page: Any) -> None:
    rows = page.request.get(f"{server}/api/statements?about=UKR&limit=5").json()["items"]
    assert rows, "the examples hold statements about Ukraine"
    page.goto(f"{server}/sources/{rows[0]['source_id']}#st-{rows[0]['id']}")
    detail = page.locator(f"#st-{rows[0]['id']}")
    assert detail.is_visible()
    assert "UKR" in detail.locator(".f-about").inner_text()


# ------------------------------------------------------------------------ plans


def test_the_plan_page_diffs_any_two_versions_side_by_side(server: str, page: Any) -> None:
    page.goto(server + "/plans/european-plan@counter-proposal")
    diff = page.locator("#diff")
    assert "us-plan@28-points" in diff.inner_text()  # compared with the plan it answers
    assert page.locator("#diff .kind-kept").count() >= 10
    assert page.locator("#diff .kind-reworded").count() >= 1
    changed = page.locator("#diff del.num-change, #diff ins.num-change").all_inner_texts()
    assert "600,000" in changed and "800,000" in changed
    shoot(page, "plan-diff")
    page.select_option("#diff-form select[name=base]", "us-plan@28-points")
    page.select_option("#diff-form select[name=other]", "us-plan@geneva-19-points")
    page.click("#diff-form button[type=submit]")
    page.wait_for_url(re.compile(r"other=us-plan%40geneva|other=us-plan@geneva"))
    assert (
        "us-plan@28-points → us-plan@geneva-19-points" in page.locator(".meta").nth(1).inner_text()
    )
    assert page.locator("#diff .kind-removed, #diff .kind-merged").count() >= 1


def test_a_matrix_cell_shows_its_evidence_and_leads_to_the_quote(server: str, page: Any) -> None:
    page.goto(server + "/plans/us-plan@28-points")
    cells = page.locator("#matrix button.cell")
    assert cells.count() >= 3
    assert page.locator("#evidence .cell-evidence:visible").count() == 0
    cell = cells.first
    cell.click()
    panel = page.locator("#" + str(cell.get_attribute("data-evidence")))
    assert panel.is_visible()
    assert page.locator("#evidence .cell-evidence:visible").count() == 1
    assert panel.locator(".status").inner_text() in (
        "stated", "unconfirmed", "corroborated", "confirmed", "contradicted",
    )  # fmt: skip
    link = panel.locator("a.quote-link").first
    quote = link.inner_text().strip("“”")
    shoot(page, "plan-matrix-cell")
    link.click()
    page.wait_for_url(re.compile(r"/sources/[0-9a-f]+#st-\d+$"))
    shown = page.locator("#details .detail:visible")
    assert shown.count() == 1
    assert quote[:40] in shown.locator("blockquote").inner_text()
    assert page.locator("#article mark.selected").count() == 1
    shoot(page, "source-from-matrix")


def test_consultations_table_and_graph(server: str, page: Any) -> None:
    page.goto(server + "/consultations")
    assert page.locator("#consultations tbody tr").count() >= 1
    graph = page.locator("#consultation-graph")
    assert graph.locator("path.edge").count() == page.locator("#consultations tbody tr").count()
    assert graph.locator("g.node").count() >= 2
    box = graph.bounding_box()
    assert box is not None and box["width"] > 300


def test_analysis_of_a_scenario_built_from_the_record(server: str, page: Any) -> None:
    page.goto(server + "/analysis?scenario=record:us-plan@28-points")
    assert page.locator(".error").count() == 0
    assert page.locator("#frontier svg.frontier").count() >= 1 or "No package" in page.content()
    shoot(page, "analysis-from-record")


# ------------------------------------------------------------------------ statements


def test_filtering_statements_and_downloading_the_csv(server: str, page: Any) -> None:
    page.goto(server + "/statements")
    total = int(re.search(r"of (\d+)", page.locator(".pager").first.inner_text()).group(1))
    page.fill("input[name=actor]", "RUS")
    page.select_option("select[name=stance]", "oppose")
    page.click("#statement-filters button[type=submit]")
    page.wait_for_url(re.compile(r"actor=RUS"))
    shown = page.locator("table.statements tbody tr")
    count = shown.count()
    assert 0 < count < total
    for i in range(count):
        row = shown.nth(i)
        assert row.locator("td").nth(2).inner_text() == "RUS"
        assert row.locator("td").nth(5).inner_text() == "oppose"
    with page.expect_download() as info:
        page.click("#download-csv")
    download = info.value
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == count
    assert {r["actor"] for r in rows} == {"RUS"} and {r["stance"] for r in rows} == {"oppose"}
    texts = [shown.nth(i).locator("td.text").inner_text().strip("“”") for i in range(count)]
    assert [r["text"].strip("“”") for r in rows] == texts
    shoot(page, "statements-filtered")


def test_a_bad_filter_is_a_clear_400(server: str, page: Any) -> None:
    response = page.goto(server + "/statements?since=yesterday")
    assert response is not None and response.status == 400
    assert "since" in page.locator(".error").inner_text()


# ------------------------------------------------------------------------ analysis


def test_the_frontier_chart_renders_with_the_solutions(server: str, page: Any) -> None:
    page.goto(server + "/analysis")
    for party in ("UKR", "RUS", "USA"):
        page.check(f"input[name=parties][value={party}]")
    page.uncheck("input[name=parties][value=EUR]")
    page.select_option("select[name=draft]", "peace-plan-draft.json")
    page.click("#analysis-form button[type=submit]")
    page.wait_for_url(re.compile(r"draft=peace-plan-draft"))
    charts = page.locator("#frontier svg.frontier")
    assert charts.count() == 3  # one panel per pair of the three parties
    assert charts.first.locator("circle.dot").count() >= 2
    for css in ("sol-nash", "sol-ks", "sol-egalitarian", "sol-welfare"):
        assert charts.first.locator(f"g.mark.{css}").count() == 1
    assert page.locator("#solutions tbody tr").count() == 4
    assert page.locator("#trades tbody tr").count() >= 1
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 200
    shoot(page, "analysis-three-parties")


# ------------------------------------------------------------------------ writing


def hostile_free_article(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(
        "Title: Ankara offers a venue\nOutlet: Upload Test Wire\nPublished: 2025-11-27\n\n"
        '"Turkey is ready to host the next round of talks," Erdogan said on Thursday, '
        "speaking in Ankara after a call with both sides.\n",
        encoding="utf-8",
    )
    return path


def sources_total(url: str, page: Any) -> int:
    return int(page.request.get(f"{url}/api/sources?limit=1").json()["total"])


def test_upload_is_refused_without_the_token_and_works_with_it(
    server: str, page: Any, tmp_path: Path
) -> None:
    article = hostile_free_article(tmp_path, "ankara-venue.txt")
    before = sources_total(server, page)
    page.goto(server + "/upload")
    assert "sign in" in page.locator(".notice").inner_text()
    page.set_input_files("#upload-article input[type=file]", str(article))
    page.click("#upload-article button[type=submit]")
    assert "sign in with the write token" in page.locator(".error").inner_text()
    assert sources_total(server, page) == before
    # a wrong token is refused too
    page.goto(server + "/login")
    page.fill("input[name=token]", "not-the-token")
    page.click("form.stack button[type=submit]")
    assert "wrong token" in page.locator(".error").inner_text()
    page.fill("input[name=token]", TOKEN)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"/upload$"))
    page.set_input_files("#upload-article input[type=file]", str(article))
    page.click("#upload-article button[type=submit]")
    report = page.locator("#upload-report")
    assert "sources added 1" in report.inner_text()
    assert sources_total(server, page) == before + 1
    shoot(page, "upload-done")
    report.locator("a").first.click()
    assert "Ankara offers a venue" in page.locator("h1").inner_text()
    # bad input: a clear message naming the file, nothing stored
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    page.goto(server + "/upload")
    page.set_input_files("#upload-article input[type=file]", str(empty))
    page.click("#upload-article button[type=submit]")
    assert re.search(r"error: empty\.txt: .+ \[E101\]", page.locator("#upload-error").inner_text())
    assert sources_total(server, page) == before + 1


def test_a_read_only_server_refuses_every_write(readonly_server: str, page: Any) -> None:
    page.goto(readonly_server + "/upload")
    assert "read-only" in page.locator(".error").inner_text()
    assert page.locator("input[type=file]").count() == 0
    response = page.request.post(
        readonly_server + "/upload",
        multipart={"file": {"name": "x.txt", "mimeType": "text/plain", "buffer": b"hello"}},
    )
    assert response.status == 403


# ------------------------------------------------------------------------ hostile text


def test_script_payloads_in_articles_execute_nothing(server: str, page: Any) -> None:
    found = page.request.get(f"{server}/api/sources?limit=500").json()["items"]
    hostile = [
        row
        for row in found
        if "hostile" in (row["path"] or "") or "pwned" in (row["title"] or "") + row["name"]
    ]
    assert len(hostile) >= 6  # the .txt, four .jsonl records, the .html page
    violations: list[str] = []
    for row in hostile:
        page.goto(f"{server}/sources/{row['id']}")
        page.evaluate(
            "() => document.addEventListener('securitypolicyviolation', e => "
            "(window.__violations = window.__violations || []).push(e.violatedDirective))"
        )
        marks = page.locator("#article mark.st")
        assert marks.count() >= 1, f"no statement highlighted in {row['name']}"
        for i in range(marks.count()):
            marks.nth(i).click()
        assert_nothing_ran(page)
        text = page.locator("#article").inner_text()
        assert "<script>" in text or "onerror" in text or "&lt;" not in text
        violations += page.evaluate("() => window.__violations || []")
    shoot(page, "hostile-source")
    for path in ("/", "/sources", "/statements?actor=RUS", "/actors/RUS", "/statements"):
        page.goto(server + path)
        assert_nothing_ran(page)
    assert not violations or all("script" in v for v in violations)


def test_the_csp_blocks_inline_script_even_when_injected(server: str, page: Any) -> None:
    page.goto(f"{server}/sources/{source_id(server, page, 'kremlin')}")
    ran = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener('securitypolicyviolation',
                e => resolve({blocked: e.violatedDirective, ran: window.__inline === 1}));
            const s = document.createElement('script');
            s.textContent = 'window.__inline = 1';
            document.body.appendChild(s);
            setTimeout(() => resolve({blocked: null, ran: window.__inline === 1}), 2000);
        })"""
    )
    assert ran["ran"] is False
    assert ran["blocked"] and ran["blocked"].startswith("script-src")
