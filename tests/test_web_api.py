"""The web app through an ASGI client: the JSON API, pages, writes, CSRF and headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from articles import write_html, write_jsonl, write_txt
from parley.cli import main
from parley.errors import InputError
from parley.record import Record, StoredStatement
from parley.web import create_app
from parley.web.highlight import segments
from parley.web.security import AUTH_COOKIE, load_token
from web_helpers import hostile_jsonl, hostile_txt

TOKEN = "api-test-token"


@pytest.fixture
def filled(fresh_db: Record, tmp_path: Path) -> Record:
    report = fresh_db.ingest(
        [write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path), hostile_txt(tmp_path)]
    )
    assert report.ok
    return fresh_db


@pytest.fixture
def client(filled: Record) -> Iterator[TestClient]:
    with TestClient(create_app(db=filled, token=TOKEN)) as c:
        yield c


@pytest.fixture
def readonly(filled: Record, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    monkeypatch.delenv("PARLEY_TOKEN_FILE", raising=False)
    with TestClient(create_app(db=filled, token=None)) as c:
        yield c


def csrf_of(client: TestClient, path: str = "/upload") -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get(path).text)
    assert match, "the form carries a CSRF token"
    return match.group(1)


def sign_in(client: TestClient) -> None:
    response = client.post(
        "/login", data={"token": TOKEN, "csrf": csrf_of(client, "/login")}, follow_redirects=False
    )
    assert response.status_code == 303
    assert AUTH_COOKIE in response.cookies or client.cookies.get(AUTH_COOKIE)


def article(name: str = "venue.txt") -> tuple[str, bytes, str]:
    body = (
        "Title: Ankara offers a venue\n\n"
        '"Turkey is ready to host the talks," Erdogan said on Thursday in Ankara.\n'
    )
    return (name, body.encode(), "text/plain")


# ------------------------------------------------------------------------ reading


def test_api_statements_are_paged_and_filtered(client: TestClient, filled: Record) -> None:
    everything = filled.statements()
    page = client.get("/api/statements", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == len(everything)
    assert [row["id"] for row in page["items"]] == [st.id for st in everything[1:3]]
    rus = client.get("/api/statements", params={"actor": "rus"}).json()
    assert rus["total"] == len(filled.statements(actor="RUS")) > 0
    assert {row["actor"] for row in rus["items"]} == {"RUS"}
    one = client.get(f"/api/statements/{everything[0].id}").json()
    assert one["text"] == everything[0].text
    assert client.get("/api/statements/999999").status_code == 404


def test_api_bad_queries_are_400_with_a_message(client: TestClient) -> None:
    for params, word in (
        ({"event": "DANCE"}, "event"),
        ({"stance": "sideways"}, "stance"),
        ({"since": "tomorrow"}, "since"),
        ({"since": "2025-12-01", "until": "2025-11-01"}, "after"),
        ({"limit": 0}, "limit"),
    ):
        response = client.get("/api/statements", params=params)
        assert response.status_code == 400, params
        assert word in response.json()["detail"], params


def test_api_sources_search_and_source(client: TestClient, filled: Record) -> None:
    found = client.get("/api/sources", params={"q": "reject any deadline"}).json()
    assert [row["name"] for row in found["items"]] == ["moscow-answers"]
    by_outlet = client.get("/api/sources", params={"outlet": "example ledger"}).json()
    assert by_outlet["total"] == 1
    dated = client.get("/api/sources", params={"since": "2025-11-23", "until": "2025-11-23"})
    assert {row["name"] for row in dated.json()["items"]} == {"moscow-answers"}
    source = client.get(f"/api/sources/{found['items'][0]['id']}").json()
    assert source["text"].startswith("Title: Moscow answers")
    assert len(source["statements"]) == len(filled.statements(source="moscow-answers"))


def test_the_openapi_document_lists_the_api(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    for path in ("/api/statements", "/api/sources", "/api/sources/{key}", "/api/analysis"):
        assert path in doc["paths"]
    assert "post" in doc["paths"]["/api/sources"]
    assert "/statements" not in doc["paths"]  # pages are not part of the API


def test_api_analysis_of_a_bundled_scenario(client: TestClient) -> None:
    listed = {row["name"]: row["kind"] for row in client.get("/api/scenarios").json()}
    assert listed["peace-plan.json"] == "scenario"
    assert listed["peace-plan-draft.json"] == "package"
    result = client.get(
        "/api/analysis", params={"scenario": "peace-plan.json", "draft": "peace-plan-draft.json"}
    ).json()
    assert result["frontier_size"] == 6
    assert result["nash"]["gains"] == {"UKR": 9.0, "RUS": 2.0, "USA": 2.0, "EUR": 4.0}
    assert result["improvements"]["trades"]
    assert client.get("/api/analysis", params={"scenario": "nope.json"}).status_code == 404


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/statements", "/api/statements", "/static/parley.js", "/missing"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_pages_have_no_inline_script_or_handlers() -> None:
    templates = Path(__file__).resolve().parents[1] / "src" / "parley" / "web" / "templates"
    for template in templates.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(r"\son[a-z]+\s*=", text), template.name
        assert "style=" not in text and "|safe" not in text, template.name


def test_article_text_is_escaped_on_every_page(client: TestClient, filled: Record) -> None:
    hostile = next(s for s in filled.sources() if s.name == "hostile-wire")
    for path in (f"/sources/{hostile.id}", "/sources", "/statements", "/", "/actors/RUS"):
        html = client.get(path).text
        assert "<script>window" not in html and "<img src" not in html, path
        assert "<svg onload" not in html and "<iframe" not in html, path
    page = client.get(f"/sources/{hostile.id}").text
    assert "&lt;script&gt;window.__pwned" in page


def test_the_statements_download_is_exactly_the_page(client: TestClient, filled: Record) -> None:
    params = {"actor": "RUS", "size": 2, "page": 2}
    csv_text = client.get("/statements.csv", params=params).text
    expected = filled.statements(actor="RUS")[2:4]
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("source,start,end,text")
    assert len(lines) == 1 + len(expected)
    jsonl = client.get("/statements.jsonl", params=params).text.strip().splitlines()
    assert len(jsonl) == len(expected)
    assert client.get("/statements.xml").status_code == 404


# ------------------------------------------------------------------------ writing


def test_a_read_only_app_refuses_writes(readonly: TestClient, filled: Record) -> None:
    before = len(filled.sources())
    assert readonly.post("/api/sources", files={"file": article()}).status_code == 403
    assert (
        readonly.post(
            "/api/sources", files={"file": article()}, headers={"Authorization": "Bearer x"}
        ).status_code
        == 403
    )
    assert readonly.post("/upload", files={"file": article()}).status_code == 403
    assert "read-only" in readonly.get("/upload").text
    for path in ("/api/sources", "/upload", "/upload/plan", "/links/decide", "/api/links/decide"):
        assert readonly.post(path).status_code == 403, path  # even an empty request
    assert len(filled.sources()) == before


def test_writes_without_the_token_are_refused(client: TestClient, filled: Record) -> None:
    before = len(filled.sources())
    assert client.post("/api/sources", files={"file": article()}).status_code == 401
    wrong = {"Authorization": "Bearer not-it"}
    assert client.post("/api/sources", files={"file": article()}, headers=wrong).status_code == 401
    assert client.post("/upload", files={"file": article()}).status_code == 401
    for path in ("/api/sources", "/upload", "/upload/plan", "/links/decide", "/api/links/decide"):
        assert client.post(path).status_code == 401, path  # even an empty request
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/sources", headers=headers).status_code == 400  # then: no file
    assert len(filled.sources()) == before


def test_a_form_post_without_csrf_is_refused_even_signed_in(
    client: TestClient, filled: Record
) -> None:
    sign_in(client)
    before = len(filled.sources())
    assert client.post("/upload", files={"file": article()}).status_code == 403
    bad = {"csrf": "0" * 64}
    assert client.post("/upload", files={"file": article()}, data=bad).status_code == 403
    assert len(filled.sources()) == before
    ok = client.post("/upload", files={"file": article()}, data={"csrf": csrf_of(client)})
    assert ok.status_code == 200 and "sources added 1" in ok.text
    assert len(filled.sources()) == before + 1


def test_login_needs_csrf_and_the_right_token(client: TestClient) -> None:
    assert client.post("/login", data={"token": TOKEN}).status_code == 403
    wrong = client.post("/login", data={"token": "nope", "csrf": csrf_of(client, "/login")})
    assert wrong.status_code == 401


def test_api_upload_with_the_bearer_token(client: TestClient, filled: Record) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/api/sources", files={"file": article()}, headers=headers)
    assert first.status_code == 201
    body = first.json()
    assert body["file"] == "venue.txt" and len(body["added"]) == 1
    stored = filled.source(body["added"][0])
    assert stored is not None and stored.name == "venue" and stored.title == "Ankara offers a venue"
    again = client.post("/api/sources", files={"file": article("again.txt")}, headers=headers)
    assert again.status_code == 200 and again.json()["present"] == body["added"]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"  \n", "E101"),
        ("binary.txt", b"abc\x00def", "E102"),
        ("latin.txt", "caf\u00e9 au lait said Putin".encode("latin-1"), "E103"),
        ("notes.pdf", b"%PDF-1.4", "E100"),
        ("menu.html", b"<html><body><nav>Home</nav></body></html>", "E105"),
        ("bad.jsonl", b'{"text": "A fine first record that is long enough."}\n{oops\n', "E106"),
    ],
)
def test_bad_uploads_get_the_cli_error_and_store_nothing(
    client: TestClient, filled: Record, name: str, data: bytes, code: str
) -> None:
    before = (len(filled.sources()), len(filled.statements()))
    response = client.post(
        "/api/sources",
        files={"file": (name, data, "application/octet-stream")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith(f"error: {name}") and error.endswith(f"[{code}]"), error
    assert "/tmp" not in error
    assert (len(filled.sources()), len(filled.statements())) == before


def test_an_upload_over_the_size_limit_is_refused(filled: Record) -> None:
    filled.max_bytes = 100
    with TestClient(create_app(db=filled, token=TOKEN)) as c:
        response = c.post(
            "/api/sources",
            files={"file": ("big.txt", b"word " * 100, "text/plain")},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    assert response.status_code == 400
    assert response.json()["error"].endswith("[E104]")


def test_the_uploaded_file_name_cannot_escape(client: TestClient, filled: Record) -> None:
    response = client.post(
        "/api/sources",
        files={"file": ("../../etc/evil name.txt", article()[1], "text/plain")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 201
    assert response.json()["file"] == "evil-name.txt"


def test_hostile_jsonl_uploads_are_stored_as_text(
    client: TestClient, filled: Record, tmp_path: Path
) -> None:
    path = hostile_jsonl(tmp_path)
    response = client.post(
        "/api/sources",
        files={"file": (path.name, path.read_bytes(), "application/x-ndjson")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 201
    for source_id in response.json()["added"]:
        html = client.get(f"/sources/{source_id}").text
        assert "<script>window" not in html and "<img src" not in html


# ------------------------------------------------------------------------ pieces


def stored(id: int, start: int, end: int, actor: str | None = "RUS") -> StoredStatement:
    return StoredStatement(
        id=id, source="s", source_id="x", start=start, end=end, text="", direct=True, cue="said",
        speaker=None, actor=actor, event=None, targets=[], stance=None, about=None,
    )  # fmt: skip


def test_segments_cover_the_text_once_with_nested_statements() -> None:
    text = "0123456789abcdef"
    outer, inner, apart = stored(1, 2, 10), stored(2, 4, 6, "UKR"), stored(3, 12, 99)
    cut = segments(text, [apart, outer, inner, stored(4, 7, 7)])
    assert "".join(seg.text for seg in cut) == text
    assert [(seg.text, seg.ids) for seg in cut] == [
        ("01", ""), ("23", "1"), ("45", "1 2"), ("6789", "1"), ("ab", ""), ("cdef", "3"),
    ]  # fmt: skip
    assert cut[2].actor == "UKR"


def test_the_token_comes_from_the_environment_or_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    monkeypatch.delenv("PARLEY_TOKEN_FILE", raising=False)
    assert load_token() is None
    monkeypatch.setenv("PARLEY_TOKEN", "from-env")
    assert load_token() == "from-env"
    monkeypatch.delenv("PARLEY_TOKEN")
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n")
    assert load_token(token_file=token_file) == "from-file"
    token_file.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        load_token(token_file=token_file)
    with pytest.raises(InputError, match="cannot read"):
        load_token(token_file=tmp_path / "missing")


def test_serve_reports_a_bad_token_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARLEY_TOKEN", raising=False)
    missing = tmp_path / "nope"
    code = main(["serve", "--db", str(tmp_path / "x.db"), "--token-file", str(missing)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {missing}: cannot read the token file") and "[E100]" in err


# ------------------------------------------------------------------------ plans

DRAFT = (
    "Title: Draft\n\n1. Ukraine's sovereignty is confirmed.\n"
    "2. The armed forces of Ukraine are capped at 600,000 personnel.\n"
    "3. Elections are held within 100 days.\n"
)
COUNTER = (
    "Title: Counter\n\n1. Ukraine's sovereignty is confirmed.\n"
    "2. The armed forces of Ukraine are capped at 800,000 personnel in peacetime.\n"
    "3. Elections are held as soon as possible after the signing.\n"
)


def add_plans(record: Record) -> None:
    from parley.plans import parse_plan

    record.add_plan(parse_plan(DRAFT, name="draft", version="1", proposer="USA"))
    record.add_plan(parse_plan(COUNTER, name="counter", version="1", answers="draft@1"))


def test_plan_pages_show_versions_and_the_diff(client: TestClient, filled: Record) -> None:
    add_plans(filled)
    listed = client.get("/plans").text
    assert "/plans/draft@1" in listed and "/plans/counter@1" in listed
    page = client.get("/plans/counter@1").text  # compared with the plan it answers
    assert "draft@1 → counter@1" in page
    assert '<del class="w num-change">600,000</del>' in page
    assert '<ins class="w num-change">800,000</ins>' in page
    assert 'class="kind kind-kept"' in page and 'class="kind kind-reworded"' in page
    assert 'id="point-2"' in page
    other = client.get("/plans/draft@1", params={"base": "counter@1", "other": "draft@1"}).text
    assert "counter@1 → draft@1" in other
    assert client.get("/plans/nothing@9").status_code == 404
    assert client.get("/plans/draft@1", params={"base": "ghost@2"}).status_code == 404
    assert "draft@1" in client.get("/").text


def test_api_plans_and_diff(client: TestClient, filled: Record) -> None:
    add_plans(filled)
    assert [p["ref"] for p in client.get("/api/plans").json()] == ["counter@1", "draft@1"]
    assert len(client.get("/api/plans/draft").json()["points"]) == 3
    diff = client.get("/api/plans/diff", params={"from": "draft@1", "to": "counter@1"}).json()
    assert diff["counts"]["kept"] == 1 and diff["counts"]["reworded"] == 2
    assert ["600,000", "800,000"] in [n for c in diff["changes"] for n in c["numbers"]]
    assert client.get("/api/plans/diff", params={"from": "x@1", "to": "draft@1"}).status_code == 404


def plan_form(version: str = "1") -> dict[str, str]:
    return {"name": "draft", "version": version, "proposer": "USA", "date": "2025-11-20"}


def test_plan_upload_needs_the_token_and_follows_the_cli_rules(
    client: TestClient, filled: Record
) -> None:
    text = ("draft.txt", DRAFT.encode(), "text/plain")
    assert client.post("/upload/plan", files={"file": text}, data=plan_form()).status_code == 401
    assert filled.plans() == []
    sign_in(client)
    no_csrf = client.post("/upload/plan", files={"file": text}, data=plan_form())
    assert no_csrf.status_code == 403 and filled.plans() == []
    ok = client.post(
        "/upload/plan", files={"file": text}, data={**plan_form(), "csrf": csrf_of(client)}
    )
    assert ok.status_code == 200 and "draft@1</a>: 3 points stored" in ok.text
    assert [p.ref for p in filled.plans()] == ["draft@1"]
    again = client.post(
        "/upload/plan", files={"file": text}, data={**plan_form(), "csrf": csrf_of(client)}
    )
    assert again.status_code == 400
    assert re.search(r"error: draft\.txt: .*exists.* \[E403\]", again.text)
    pointless = ("notes.txt", b"Nothing numbered here at all.\n", "text/plain")
    bad = client.post(
        "/upload/plan", files={"file": pointless}, data={**plan_form("2"), "csrf": csrf_of(client)}
    )
    assert bad.status_code == 400 and "error: notes.txt" in bad.text
    assert [p.ref for p in filled.plans()] == ["draft@1"]


# ------------------------------------------------------------------------ positions and links


def test_api_positions_consultations_and_links(client: TestClient, filled: Record) -> None:
    add_plans(filled)
    assert isinstance(client.get("/api/positions", params={"plan": "draft@1"}).json(), list)
    assert isinstance(client.get("/api/consultations").json(), list)
    assert isinstance(client.get("/api/links", params={"plan": "draft"}).json(), list)
    assert client.get("/api/positions", params={"plan": "ghost@1"}).status_code == 404
    assert client.get("/statements", params={"plan": "ghost@1"}).status_code == 400
    assert client.get("/statements", params={"point": "2"}).status_code == 400
    page = client.get("/consultations").text
    assert "Consultations" in page


def test_confirming_a_link_needs_the_token_and_csrf(client: TestClient, filled: Record) -> None:
    add_plans(filled)
    statement = filled.statements(source="moscow-answers")[0]
    form = {"statement": str(statement.id), "target": "draft@1:2", "decision": "confirm"}
    assert client.post("/links/decide", data=form).status_code == 401
    assert client.post("/api/links/decide", data=form).status_code == 401
    sign_in(client)
    assert client.post("/links/decide", data=form).status_code == 403  # no CSRF token
    source_page = client.get(f"/sources/{statement.source_id}").text
    assert "confirmed" not in source_page
    done = client.post(
        "/links/decide", data={**form, "csrf": csrf_of(client)}, follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"] == f"/statements/{statement.id}"
    page = client.get(f"/sources/{statement.source_id}").text
    assert "draft@1 point 2" in page and "decision-confirm" in page
    bad = client.post(
        "/links/decide", data={**form, "target": "draft@1:99", "csrf": csrf_of(client)}
    )
    assert bad.status_code == 400 and "no point" in bad.text
    headers = {"Authorization": f"Bearer {TOKEN}"}
    rejected = client.post(
        "/api/links/decide", data={**form, "decision": "reject"}, headers=headers
    ).json()
    assert rejected == {
        "statement": statement.id, "plan": "draft@1", "point": "2", "decision": "reject"
    }  # fmt: skip
    assert "decision-reject" in client.get(f"/sources/{statement.source_id}").text


def test_the_statement_link_leads_to_its_quote(client: TestClient, filled: Record) -> None:
    statement = filled.statements()[0]
    response = client.get(f"/statements/{statement.id}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/sources/{statement.source_id}#st-{statement.id}"
    assert client.get("/statements/999999", follow_redirects=False).status_code == 404


def test_the_matrix_hatches_unconfirmed_hearsay() -> None:
    from parley.plans import parse_plan
    from parley.positions.model import Basis, Position, Stance, Status
    from parley.web.plan_view import position_matrix

    plan = parse_plan(DRAFT, name="draft", version="1")

    def position(actor: str, point: str | None, basis: Basis, status: Status) -> Position:
        return Position(actor, "draft@1", point, Stance.OPPOSE, basis, ("RUS",), status, None, ())

    matrix = position_matrix(
        plan,
        [
            position("UKR", None, Basis.HEARSAY, Status.UNCONFIRMED),
            position("UKR", "2", Basis.HEARSAY, Status.CORROBORATED),
            position("RUS", None, Basis.FIRST_HAND, Status.STATED),
            position("EUR", "3", Basis.HEARSAY, Status.CONFIRMED),
        ],
    )
    assert [number for number, _ in matrix.columns] == [None, "1", "2", "3"]
    assert matrix.actors == ["EUR", "RUS", "UKR"]
    hatched = {key for key, cell in matrix.cells.items() if cell.hatched}
    assert hatched == {("UKR", None), ("UKR", "2")}
    assert matrix.cell("RUS", "1") is None


def test_derived_views_are_kept_until_the_record_changes(filled: Record, tmp_path: Path) -> None:
    from parley.positions.model import Decision
    from parley.web.cache import DerivedCache

    cache = DerivedCache(filled)
    calls: list[int] = []

    def derive() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", derive) == 1
    assert cache.get("k", derive) == 1  # nothing changed: kept
    add_plans(filled)  # a new plan
    assert cache.get("k", derive) == 2
    statement = filled.statements()[0]
    filled.decide_link(statement.id, "draft@1:1", Decision.CONFIRM)  # an analyst's decision
    assert cache.get("k", derive) == 3
    filled.decide_link(statement.id, "draft@1:1", Decision.REJECT)  # the decision replaced
    assert cache.get("k", derive) == 4
    (tmp_path / "more").mkdir()
    more = write_txt(tmp_path / "more", name="another", body='"We will answer soon," Putin said.\n')
    assert filled.ingest([more]).statements_added == 1  # new statements
    assert cache.get("k", derive) == 5
    assert cache.get("k", derive) == 5
