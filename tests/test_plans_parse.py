"""Plan texts as they are published: point forms, sub-items, notes, preambles."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.errors import BadPlanDateError, BadPlanRefError, DuplicatePointError, NoPointsError
from parley.plans import parse_plan, parse_plan_ref


def parse(text: str, **kwargs):
    return parse_plan(text, name="test", version="v1", path="plan.txt", **kwargs)


def numbers(plan) -> list[str]:
    return [point.number for point in plan.points]


# A 10-point excerpt as an outlet printed it: a preamble, arrowed sub-items under point 10.
TEN_POINT_EXCERPT = """\
Title: Ten points from the draft
Outlet: Example Wire
Published: 2025-11-20T18:00:00+00:00

The document, seen by reporters on Thursday, runs to several pages. Its first
ten points read as follows.

1. The sovereignty of Ukraine will be confirmed.
2. Russia, Ukraine and Europe will conclude a comprehensive non-aggression
agreement, and all ambiguities of the last thirty years will be considered settled.
3. Russia will not invade neighbouring countries and NATO will not expand further.
4. A dialogue between Russia and NATO will be held, mediated by the United States.
5. Ukraine will receive reliable security guarantees.
6. The armed forces of Ukraine will be limited to 600,000 personnel.
7. Ukraine agrees to enshrine in its constitution that it will not join NATO.
8. NATO agrees not to station troops in Ukraine.
9. European fighter jets will be stationed in Poland.
10. The US guarantee:
→ The United States will receive compensation for the guarantee;
→ If Ukraine invades Russia, it will lose the guarantee;
→ If Russia invades Ukraine, in addition to a decisive coordinated military
response, all global sanctions will be reinstated.
"""


def test_ten_point_excerpt_keeps_exactly_its_points_and_arrowed_sub_items() -> None:
    plan = parse(TEN_POINT_EXCERPT)
    assert numbers(plan) == [str(n) for n in range(1, 11)]
    assert plan.preamble.startswith("The document, seen by reporters")
    assert plan.point("2").text.endswith("will be considered settled.")  # a wrapped line
    assert plan.point("6").text == (
        "The armed forces of Ukraine will be limited to 600,000 personnel."
    )
    ten = plan.point(10)
    assert ten.text == "The US guarantee:"
    assert ten.items == (
        "The United States will receive compensation for the guarantee;",
        "If Ukraine invades Russia, it will lose the guarantee;",
        "If Russia invades Ukraine, in addition to a decisive coordinated military "
        "response, all global sanctions will be reinstated.",
    )
    assert all(not p.items for p in plan.points[:9])
    assert plan.title == "Ten points from the draft"
    assert plan.outlet == "Example Wire" and plan.reported_by == ["Example Wire"]
    assert plan.date == dt.date(2025, 11, 20)


# A condensed text that holds points 10-20 only, some numbered without punctuation.
CONDENSED = """\
The remaining points, in brief:

10 [There will be] a US guarantee, with compensation, lost if Ukraine attacks Russia.
11 Ukraine is eligible for EU membership.
12 A global development package for Ukraine's reconstruction.
13 Russia is reintegrated into the global economy. 14 Frozen funds are invested in
reconstruction.
15. A joint US-Russia security working group is set up.
16) Russia enshrines a non-aggression policy toward Europe and Ukraine in law.
17 The US and Russia extend nuclear arms control treaties.
18 Ukraine remains a non-nuclear state.
19 The Zaporizhzhia power plant restarts under IAEA supervision.
20 Both countries run educational programmes promoting tolerance.
"""


def test_condensed_text_numbered_10_to_20_keeps_its_numbers() -> None:
    plan = parse(CONDENSED)
    assert numbers(plan) == [str(n) for n in range(10, 21)]
    assert plan.point(10).text.startswith("[There will be] a US guarantee")
    assert plan.point(13).text == "Russia is reintegrated into the global economy."
    assert plan.point(14).text == "Frozen funds are invested in reconstruction."
    assert plan.preamble == "The remaining points, in brief:"


# A counter-proposal with bracketed editorial notes, some on their own lines, one "– Ed.".
COUNTER = """\
Title: The European counter-proposal
URL: https://example.org/eu-text

Point 1: The sovereignty of Ukraine is reaffirmed.

Point 2: The parties agree to an unconditional ceasefire.
[The US draft had a non-aggression agreement here.]

Point 3: Ukraine's armed forces are capped at 800,000 in peacetime. [The US draft
said 600,000.]

Point 4: NATO membership depends on a consensus of its members, which does not exist.
This rewording drops the ban on membership – Ed.

Point 5: Ukraine receives a security guarantee mirroring Article 5 [of the NATO treaty].
"""


def test_counter_proposal_keeps_bracketed_and_ed_notes_as_notes() -> None:
    plan = parse(COUNTER)
    assert numbers(plan) == ["1", "2", "3", "4", "5"]
    assert plan.point(2).text == "The parties agree to an unconditional ceasefire."
    assert plan.point(2).notes == ("The US draft had a non-aggression agreement here.",)
    assert plan.point(3).text == "Ukraine's armed forces are capped at 800,000 in peacetime."
    assert plan.point(3).notes == ("The US draft said 600,000.",)
    assert plan.point(4).notes == ("This rewording drops the ban on membership",)
    # a short bracketed insertion inside a sentence is text, not a note
    assert plan.point(5).text.endswith("Article 5 [of the NATO treaty].")
    assert plan.point(5).notes == ()
    assert plan.url == "https://example.org/eu-text"


@pytest.mark.parametrize(
    "line",
    ["1. First.", "1) First.", "(1) First.", "1: First.", "1 - First.", "1 – First.",
     "Point 1: First.", "Point 1. First.", "POINT 1 – First.", "Article 1. First.",
     "**1.** First.", "## 1. First.", "1 First."],
)  # fmt: skip
def test_point_forms(line: str) -> None:
    plan = parse(f"{line}\n{line.replace('1', '2', 1).replace('First', 'Second')}\n")
    assert numbers(plan) == ["1", "2"]
    assert [p.text for p in plan.points] == ["First.", "Second."]


@pytest.mark.parametrize("marker", ["a)", "(a)", "a.", "i)", "-", "–", "•", "*", "→", "->", "10.1"])
def test_sub_item_forms(marker: str) -> None:
    plan = parse(f"10. Guarantees:\n{marker} one thing\n{marker} another\n11. Next.\n")
    assert plan.point(10).items == ("one thing", "another")
    assert numbers(plan) == ["10", "11"]


def test_headings_numbers_in_wrapped_lines_and_paragraphs_are_not_points() -> None:
    plan = parse(
        "Security\n\n"
        "1. The army is capped at\n600,000 personnel, reviewed in\n2030 Every year.\n\n"
        "Economy\n\n"
        "2. Sanctions are lifted in stages.\n\n"
        "The stages are agreed later.\n"
        "3. Elections on 20 November.\n"
    )
    assert numbers(plan) == ["1", "2", "3"]
    assert (
        plan.point(1).text
        == "The army is capped at 600,000 personnel, reviewed in 2030 Every year."
    )
    assert plan.point(2).text == "Sanctions are lifted in stages. The stages are agreed later."


def test_no_points_is_an_error_naming_the_file() -> None:
    with pytest.raises(NoPointsError) as caught:
        parse("A plan was discussed.\n- but nobody numbered it\n")
    assert caught.value.path == "plan.txt" and caught.value.code == "E401"


def test_duplicate_numbers_are_an_error_naming_the_line() -> None:
    with pytest.raises(DuplicatePointError) as caught:
        parse("1. One.\n2. Two.\n\n2. Two again.\n")
    assert "line 4: point 2 is numbered twice (first on line 2)" in caught.value.message
    assert caught.value.code == "E402"


def test_line_numbers_count_the_header() -> None:
    with pytest.raises(DuplicatePointError, match="line 5"):
        parse("Title: T\nOutlet: O\n\n1. One.\n1. Again.\n")


def test_bad_labels_and_dates() -> None:
    with pytest.raises(BadPlanRefError):
        parse_plan("1. x", name="a b", version="1")
    with pytest.raises(BadPlanRefError):
        parse_plan_ref("plan@")
    with pytest.raises(BadPlanDateError):
        parse("1. x", date="not a date")
    assert parse_plan_ref("us-plan@28-point") == ("us-plan", "28-point")
    assert parse_plan_ref("us-plan") == ("us-plan", None)
    assert parse("1. x", date="2025-11-23").date == dt.date(2025, 11, 23)


def test_header_metadata_for_plans() -> None:
    plan = parse(
        "Title: T\nProposer: eur\nAnswers: us@28\nReported by: A; B\nPublished: 2025-11-23\n\n"
        "1. x\n"
    )
    assert (plan.proposer, plan.answers, plan.reported_by) == ("EUR", "us@28", ["A", "B"])
    assert parse("Title: T\nProposer: eur\n\n1. x\n", proposer="UKR").proposer == "UKR"


def test_to_dict_has_the_issue_shape() -> None:
    data = parse(CONDENSED, proposer="USA").to_dict()
    assert list(data)[:6] == ["name", "version", "proposer", "date", "answers", "points"]
    assert data["points"][0] == {
        "number": "10",
        "text": plan_text(data, 0),
        "items": [],
        "notes": [],
    }


def plan_text(data: dict, index: int) -> str:
    return data["points"][index]["text"]


# As copied from a news page: a lead-in, points glued to their numbers, notes of several
# kinds, a wrapped sub-item in parentheses, and the agency's credit line at the end.
NEWS_PAGE = """\
KYIV, Nov 23 (Example) - Below is the text of the proposal, as seen by Example.

1.The sovereignty of Ukraine is reaffirmed.
2.Ukraine's armed forces are capped at 800,000 [US draft: 600,000] in peacetime.
3.A guarantee mirroring Article 5:
a) the United States provides it;
b) it lapses if Ukraine attacks first
(as defined by a joint commission);
Note: the compensation clause of the US draft is gone.
4.Elections are held soon after signing. (The US draft said 100 days – Ed.)
*Editor's note: points 5-28 are unchanged.*

(Reporting by A. Reporter; Editing by E. Ditor)
"""


def test_news_page_copy() -> None:
    plan = parse(NEWS_PAGE)
    assert numbers(plan) == ["1", "2", "3", "4"]
    assert plan.preamble.startswith("KYIV, Nov 23 (Example)")
    assert plan.point(2).text == "Ukraine's armed forces are capped at 800,000 in peacetime."
    assert plan.point(2).notes == ("US draft: 600,000",)
    assert plan.point(3).items == (
        "the United States provides it;",
        "it lapses if Ukraine attacks first (as defined by a joint commission);",
    )
    assert plan.point(3).notes == ("Note: the compensation clause of the US draft is gone.",)
    assert plan.point(4).text == "Elections are held soon after signing."
    assert plan.point(4).notes == (
        "The US draft said 100 days",
        "Editor's note: points 5-28 are unchanged.",
        "Reporting by A. Reporter; Editing by E. Ditor",
    )


def test_spelled_out_point_numbers() -> None:
    plan = parse("Point One: Sovereignty.\nPoint Two - Ceasefire.\nPoint three. Elections.\n")
    assert numbers(plan) == ["1", "2", "3"]
    assert [p.text for p in plan.points] == ["Sovereignty.", "Ceasefire.", "Elections."]


_VOCABULARY = (
    "the army is capped at 600,000 troops in peacetime and sanctions are lifted 2026 10 days "
    "of talks russia ukraine"
)
_WORDS = _VOCABULARY.split()


def _sentence(words: list[str]) -> str:
    return " ".join(words).capitalize() + "."


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=40),
    points=st.lists(
        st.tuples(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
            st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), max_size=3),
        ),
        min_size=1,
        max_size=12,
    ),
    style=st.sampled_from(["{n}. ", "{n}) ", "Point {n}: ", "({n}) "]),
    bullet=st.sampled_from(["a) ", "- ", "→ ", "• "]),
    blank=st.booleans(),
)
def test_rendered_plans_parse_back(first, points, style, bullet, blank) -> None:
    lines = []
    for offset, (text, items) in enumerate(points):
        lines.append(style.format(n=first + offset) + _sentence(text))
        lines.extend(bullet + " ".join(item) + ";" for item in items)
        if blank:
            lines.append("")
    plan = parse("\n".join(lines) + "\n")
    assert numbers(plan) == [str(first + k) for k in range(len(points))]
    assert [p.text for p in plan.points] == [_sentence(text) for text, _ in points]
    assert [p.items for p in plan.points] == [
        tuple(" ".join(item) + ";" for item in items) for _, items in points
    ]


# Sub-items as some outlets print them: one sentence per line after a colon, no markers;
# capital letters in sequence; a numbered list inside a point in another style.
UNMARKED = """\
10. US guarantee:
The US receives compensation for the guarantee.
If Ukraine invades Russia, it loses the guarantee.
If Russia invades Ukraine, a coordinated military response follows and
all global sanctions are reinstated.
11. Ukraine is eligible for EU membership.
12. A package of measures to rebuild Ukraine, including but not limited to:
A. A Ukraine development fund.
B. Rebuilding of gas infrastructure.
C. Financing from the World Bank.
13. The guarantees include:
1) a joint monitoring mission;
2) an annual review.
14. Ukraine remains a non-nuclear state. It says so in its law.
Both countries confirm it.
"""


def test_unmarked_capital_and_nested_sub_items() -> None:
    plan = parse(UNMARKED)
    assert numbers(plan) == ["10", "11", "12", "13", "14"]
    assert plan.point(10).items == (
        "The US receives compensation for the guarantee.",
        "If Ukraine invades Russia, it loses the guarantee.",
        "If Russia invades Ukraine, a coordinated military response follows and all global "
        "sanctions are reinstated.",
    )
    assert plan.point(11).items == ()
    assert plan.point(12).items == (
        "A Ukraine development fund.",
        "Rebuilding of gas infrastructure.",
        "Financing from the World Bank.",
    )
    assert plan.point(13).items == ("a joint monitoring mission;", "an annual review.")
    # without a colon, sentences on their own lines are the point's text
    assert plan.point(14).text == (
        "Ukraine remains a non-nuclear state. It says so in its law. Both countries confirm it."
    )
    assert plan.point(14).items == ()


def test_a_repeated_number_in_the_same_style_is_still_a_duplicate() -> None:
    with pytest.raises(DuplicatePointError):
        parse("1. One:\n2. Two.\n1. One again.\n")
