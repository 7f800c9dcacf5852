"""act79: a state's listed organ names its state, and so does its officer's apposition."""

from parley.extract import extract_statements


def _actors(text: str) -> list[str | None]:
    return [s.actor for s in extract_statements(text)]


def test_organ_by_name_speaks_for_its_state() -> None:
    text = (
        "LONDON - A retailer's merger plan was cleared on Monday. The Competition and "
        "Markets Authority said the revised offer met the concerns it had raised in March."
    )
    assert "GBR" in _actors(text)


def test_mediation_board_speaks_for_its_state() -> None:
    text = (
        "DALLAS - Pilots at a regional carrier approved a contract. The National Mediation "
        "Board said in a notice that the case would be closed."
    )
    assert "USA" in _actors(text)


def test_bare_body_owner_in_apposition_takes_up_the_named_organ() -> None:
    text = (
        "LONDON - The Competition and Markets Authority cleared the merger on Friday.\n\n"
        "Jane Hollis, the authority's chief executive, said the outcome showed that the "
        "review had been worth the trouble."
    )
    assert _actors(text) == ["GBR"]


def test_a_bare_acronym_shared_with_a_shipping_line_is_no_state_body() -> None:
    """The regulator's bare letters are not listed: a shipping line and another state's
    regulator share them."""
    text = (
        "MARSEILLE - The shipping line CMA CGM said on Tuesday that it would keep calling at "
        "the port while the dockers' strike lasts."
    )
    assert _actors(text) == [None]
