"""The places' variant index folds names as the plain substitutions did (spd29)."""

from __future__ import annotations

import random
import re
import unicodedata

from parley.places import _fold, _skeleton


def _old_skeleton(folded: str) -> str:
    return re.sub(r"(.)\1+", r"\1", folded.translate(str.maketrans("yj", "ii")))


def test_skeleton_as_the_substitution_on_written_names() -> None:
    for name in ("mykolayiv", "zaporizhzhia", "tallinn", "aa bb", "oyj", "", "ll\n\nll", "a"):
        assert _skeleton(name) == _old_skeleton(name)


def test_skeleton_as_the_substitution_on_random_strings() -> None:
    rng = random.Random(29)
    letters = "aabjy l\n-’é"
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randrange(12)))
        assert _skeleton(text) == _old_skeleton(text)


def test_fold_keeps_its_separators() -> None:
    assert _fold("La Línea") == "la linea"
    assert _fold("  Saint-Jean d’Arc ") == "saint jean d arc"
    assert _fold("Kryvyi  Rih") == "kryvyi rih"
    rng = random.Random(7)
    pieces = ["Ab", "é", " ", "-", "'", "’", "\t", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        expected = re.sub(r"[\s\-'’]+", " ", _fold_plain(text)).strip()
        assert _fold(text) == expected


def _fold_plain(name: str) -> str:
    # the accents and case step of ``_fold``, as it was
    bare = name
    if not name.isascii():
        bare = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return bare.lower()
