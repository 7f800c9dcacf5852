"""Hearsay read in the thirty-seventh round (hear43): a quotation that sets a party beside
somebody named whom no listed party stands for ("Nairobi ..., and Otieno ...") weighs both,
and one in which a sided speaker sets another party's act beside what "we" do or want
("Kenya has done its part, and we will do ours") is the speaker's own say: neither has an
``about``. A party that tells something, or one a cleft singles out, is still hearsay."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "NAIROBI, March 3 (HD) - Kenya's government and the doctors' union resumed talks on "
    "Monday over unpaid salaries.\n\n"
)
_ANALYST = " said Mary Otieno, an economist at a Nairobi research group."
_MINISTER = " Uganda's foreign minister Sam Kutesa told reporters in Kampala."


def test_a_party_weighed_beside_somebody_named_is_nobodys_position() -> None:
    found = last_statement(
        _LEAD
        + '"Nairobi cannot afford another strike, and Wanjiru cannot afford to lose her '
        + 'members,"'
        + _ANALYST
    )
    assert found.about is None


def test_another_partys_act_beside_what_we_do_is_the_speakers_own_say() -> None:
    quote = '"Kenya is choosing delay. We will not wait for ever,"'
    found = last_statement(_LEAD + quote + _MINISTER)
    assert found.actor == "UGA"
    assert found.about is None


def test_a_party_alone_in_a_sided_quotation_is_still_hearsay() -> None:
    found = last_statement(_LEAD + '"Kenya is choosing delay,"' + _MINISTER)
    assert found.actor == "UGA"
    assert found.about == "KEN"
