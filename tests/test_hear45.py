"""Hearsay read in the thirty-seventh round (hear45): the gazetteer knows India's Union Home
Minister by name, so a rebel leader's report of what the minister assured him is India's
position, not an unknown person's."""

from __future__ import annotations

from hearsay_helpers import last_statement

_ARTICLE = (
    "Naga group says talks with Delhi will go on\n\n"
    "KOHIMA, Oct 3, 2025 - The National Socialist Council of Nagalim (Isak-Muivah) said on "
    "Friday that its talks with the Indian government would continue after a pause of "
    "several months.\n\n"
    "Thuingaleng Muivah, the group's general secretary, said Union Home Minister Amit Shah "
    "had assured him the framework agreement would be honoured."
)


def test_a_named_home_minister_is_his_states_position() -> None:
    found = last_statement(_ARTICLE)
    assert found.actor == "NSCNIM"
    assert found.about == "IND"
