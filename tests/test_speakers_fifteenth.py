"""Speaker and detection mechanisms of the fifteenth round (read off the spent part
test27): invented articles, one mechanism each."""

from __future__ import annotations

from parley.extract import extract_statements


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.actor, s.text) for s in extract_statements(text)]


def test_a_quotation_its_own_verb_follows_is_not_the_last_speakers() -> None:
    # '"...," said its director, X.': the verb after the quotation attributes it, though no
    # office noun names the director; the minister quoted in an earlier paragraph is not it
    text = (
        "Title: Data pact\n\nSENDAI - Minister Haruto Ikeda defended the data pact on Monday. "
        '"It protects our users," he said.\n\n'
        "A privacy group said the pact was rushed and demanded a review. "
        '"Consent is supposed to be a right, not a trade token," said its director, '
        "Mireille Santos.\n"
    )
    rows = _rows(text)
    consent = [r for r in rows if r[2].startswith("Consent")]
    assert consent and consent[0][0] == "Mireille Santos"


def test_the_office_a_possessive_owns_before_a_name_in_apposition() -> None:
    # "said the group's director, X": the lower-case office between the possessive and the
    # comma, no mention of its own
    text = (
        "Title: Data pact\n\nA privacy group objected to the pact on Monday. "
        '"We will fight this in court," said the group\'s director, Mireille Santos.\n'
    )
    assert [r[0] for r in _rows(text)] == ["Mireille Santos"]


def test_a_portfolio_coordinated_with_a_region_keeps_its_state() -> None:
    # "Australia's Minister for International Development and the Pacific, X": the region
    # the portfolio deals with does not end the title
    text = (
        "Title: Aid pact\n\nAustralia's Minister for International Development and the "
        "Pacific, Tom Hadley, who travelled with the prime minister, told reporters that "
        "Canberra would not rush anybody.\n"
    )
    assert _rows(text)[0][:2] == ("Tom Hadley", "AUS")


def test_a_presidential_office_is_a_states_body() -> None:
    # "X, head of the Presidential Communication Office,": a head of state's own staff
    text = (
        "Title: Data pact\n\nJAKARTA - Indonesia signed the data pact on Monday.\n\n"
        "Budi Santoso, head of the Presidential Communication Office, told reporters that "
        "the arrangement covered commercial data only.\n"
    )
    assert _rows(text)[0][:2] == ("Budi Santoso", "IDN")


def test_a_reporting_clause_inside_what_it_reports() -> None:
    # "X, he said, and Y": the cue's clause ends before its subject; what follows the
    # conjunction with a subject of its own is a second statement of the same speaker
    text = (
        "Title: Port talks\n\nLabour Minister Ana Ruiz spoke after the vote. The mediators' "
        "terms were fair and balanced, she said, and both sides had been told they were the "
        "best available.\n"
    )
    texts = [r[2] for r in _rows(text)]
    assert "The mediators' terms were fair and balanced" in texts
    assert "both sides had been told they were the best available" in texts


def test_a_predicate_after_the_inner_cue_is_no_statement() -> None:
    text = (
        "Title: Port talks\n\nThe deal would add about $2 billion over ten years, officials "
        "said, and still needs approval from parliament.\n"
    )
    assert [r[2] for r in _rows(text)] == ["The deal would add about $2 billion over ten years"]


def test_a_that_clause_on_a_noun_after_fronted_content() -> None:
    # "X, the government said after talks on Y's demand that Z": Z completes "demand"
    text = (
        "MALE, Feb 3 (Wire) - The foreign troops will leave in two stages, the first by "
        "March and the rest by May, the island's government said after a second round of "
        "talks in the capital on President Ali Hassan's demand that the troops leave.\n"
    )
    texts = [r[2] for r in _rows(text)]
    assert texts and texts[0].startswith("The foreign troops will leave in two stages")


def test_a_rank_between_an_office_and_a_one_word_name() -> None:
    # "Defence Minister Gen Tanaka": the rank makes the word after it a name, and the
    # office gives its side
    text = (
        "Title: Drills\n\nTOKYO - Japan will join the drills, officials said on Monday.\n\n"
        "Defence Minister Gen Tanaka told reporters that Japan planned to send ships.\n"
    )
    rows = [r for r in _rows(text) if r[2].startswith("Japan planned")]
    assert rows and rows[0][:2] == ("Tanaka", "JPN")


def test_an_office_a_body_name_modifies_is_not_the_states_holder() -> None:
    # "The Greens leader says": the party's leader, not the chancellor the gazetteer has
    text = (
        "Title: Live\n\nBERLIN - Germany debated the plan.\n\n10:05\nChancellor Friedrich "
        "Merz says the vote will go ahead on Friday.\n\n10:20\nThe Greens leader says her "
        "party will vote yes.\n"
    )
    rows = [r for r in _rows(text) if r[2].startswith("her party")]
    assert rows and rows[0][0] is None


def test_a_pronoun_goes_to_the_person_named_just_before_in_its_paragraph() -> None:
    # the pattern rules named the minister; the parse's "He rejected" is his, not the
    # unnamed lawmaker's of the paragraph before
    text = (
        "Title: Aid pact\n\nAn opposition lawmaker, who asked not to be named, said on "
        'Tuesday that he wanted to see the text. "Our neutrality is not for sale," he told '
        "reporters.\n\nAustralia's Minister for International Development and the Pacific, "
        "Tom Hadley, who travelled with the prime minister, told reporters that Canberra was "
        '"not going to rush anybody". He rejected suggestions that the package was a bid to '
        "lock China out.\n"
    )
    rows = [r for r in _rows(text) if r[2].startswith("suggestions")]
    assert rows and rows[0][:2] == ("Tom Hadley", "AUS")
