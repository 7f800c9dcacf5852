"""WordScan: the matches of one big alternation, trying only the patterns that can start."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from parley.extract.cues import LEMMA, PARTICIPLES, SPEECH_FORMS
from parley.extract.lexicon import EVENT_SCAN
from parley.extract.scan import Caseless, WordScan, by_first_letter, lowered, word_alternatives

ROOT = Path(__file__).resolve().parents[1]
DEV = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "negotiations" / "dev").glob("*.txt")
)


def _matches(found: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in found]  # type: ignore[attr-defined]


def _texts() -> list[str]:
    texts = []
    for path in DEV:
        article = path.read_text(encoding="utf-8")
        texts.append(article)
        texts += re.split(r"(?<=[.!?])\s+", article)
    return texts


def test_the_event_rules_match_as_their_joined_expression() -> None:
    texts = _texts()
    assert len(texts) > 1000
    for text in texts:
        assert _matches(EVENT_SCAN.finditer(text)) == _matches(EVENT_SCAN.expression.finditer(text))


def test_case_numbers_and_letters_outside_ascii() -> None:
    scan = WordScan(
        [("a", r"\bkremlin\b|\b(?:will|would)\s+not\b"), ("b", r"\b\w+ed\b|\bstop"), ("c", r"\d+")],
        re.IGNORECASE,
    )
    rng = random.Random(3)
    # the Kelvin sign matches "k" when case is ignored: it must reach the whole expression
    alphabet = "KkRrEeMmLlIiNn wouldnot edstop 12 \u212a\u017f.,"
    texts = ["".join(rng.choice(alphabet) for _ in range(50)) for _ in range(2000)]
    texts += ["The \u212aremlin WOULD NOT say", "Kremlin talks stopped, 2025", "stopped"]
    for text in texts:
        assert _matches(scan.finditer(text)) == _matches(scan.expression.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\bwar\b", {"w"}),
        (r"\b(?:the\s+)?deal", {"t", "d"}),
        (r"\b(?:want\w*|hop(?:e|ed))", {"w", "h"}),
        (r"\b\w+ed\b", None),
        (r"[Tt]alks", None),
    ],
)
def test_first_letters(pattern: str, first: set[str] | None) -> None:
    scan = WordScan([("p", pattern)], re.IGNORECASE)
    tried = {ch for ch, rx in scan._by_char.items() if rx is not None and ch.isalpha()}
    assert tried == (first if first is not None else set("abcdefghijklmnopqrstuvwxyz"))


def _joined_longest_first(words: list[str]) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


def _spans(found: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in found]  # type: ignore[attr-defined]


def test_the_cue_words_as_a_tree_match_as_their_joined_list() -> None:
    groups = [[w for w in LEMMA if w], list(PARTICIPLES), sorted(SPEECH_FORMS)]
    pairs = [
        (
            re.compile(rf"\b({word_alternatives(g)})\b"),
            re.compile(rf"\b({_joined_longest_first(g)})\b"),
        )
        for g in groups
    ]
    rng = random.Random(5)
    for text in _texts():
        for tree, joined in pairs:
            assert _spans(tree.finditer(text)) == _spans(joined.finditer(text))
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            assert _spans(tree.finditer(text, a, b)) == _spans(joined.finditer(text, a, b))


@pytest.mark.parametrize("after", [r"\b", "", r"\s+(?:it|out)\b", r"\w*"])
def test_entries_that_extend_one_another_match_longest_first(after: str) -> None:
    words = ["made", "made it", "made it clear", "made clear", "point", "points out", "pointed"]
    words += ["a", "an", "and", "at", "it"]
    tree = re.compile(f"(?:{word_alternatives(words)}){after}")
    joined = re.compile(f"(?:{_joined_longest_first(words)}){after}")
    rng = random.Random(11)
    alphabet = ["made", "it", "clear", "point", "s", "ed", " out", " ", "\n ", "an", "d", "a", "t"]
    texts = ["".join(rng.choice(alphabet) for _ in range(12)) for _ in range(3000)]
    texts += ["they made it clear", "she made  clear it", "points out", "pointed out"]
    for text in texts:
        assert _spans(tree.finditer(text)) == _spans(joined.finditer(text)), text


def test_a_word_list_takes_lower_case_words_only() -> None:
    assert word_alternatives(["say", "says", "said"]) == "sa(?:id|y(?:s|))"
    assert re.fullmatch(word_alternatives([]), "") is None
    with pytest.raises(ValueError):
        word_alternatives(["U.S."])


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternatives_gathered_by_first_letter_match_as_the_alternation(flags: int) -> None:
    from parley.extract.lexicon import NEGATIVE, POSITIVE

    words = [
        "support\\w*", "step\\s+forward", "no", "not", "never", "lie", "lies", "accept(?:able)?",
        "won't", "welcom\\w*", "s", "a",
    ]  # fmt: skip
    random.seed(3)
    texts = _texts()[:400] + [
        "ſupport, KILLED, İgnore, nOt, lies, Lie, can't, s a ss",
        "Not lies; no support, step  forward, Acceptable; welcomed won't",
    ]
    for _ in range(5):
        random.shuffle(words)
        pattern = "|".join(words)
        grouped = by_first_letter(pattern, flags)
        assert grouped != pattern
        whole = re.compile(rf"\b(?:{pattern})\b", flags)
        parts = re.compile(rf"\b(?:{grouped})\b", flags)
        for text in texts:
            assert [m.span() for m in whole.finditer(text)] == [
                m.span() for m in parts.finditer(text)
            ]
    for rx in (POSITIVE, NEGATIVE):  # the stance words are gathered
        pattern = rx.expression.pattern
        assert pattern.startswith(r"\b(?:") and "(?:" in pattern[6:20]


@pytest.mark.parametrize("pattern", ["a|\\bb", "a*b|c", "Apple|apricot", "a|[bc]d", "a?b|c"])
def test_an_alternation_whose_first_letters_cannot_be_told_stays(pattern: str) -> None:
    assert by_first_letter(pattern, re.IGNORECASE) == pattern


def _mixed_case(texts: list[str], seed: int) -> list[str]:
    """The texts, and each again with some letters' case flipped."""
    rng = random.Random(seed)
    flipped = ["".join(c.swapcase() if rng.random() < 0.3 else c for c in t) for t in texts]
    return texts + flipped


def test_the_stance_words_match_lower_cased_as_with_case_ignored() -> None:
    from parley.extract import lexicon

    texts = _mixed_case(_texts()[:600], 7) + [
        "NOT AN OBSTACLE, But we Welcome it; SOME of the Points", "Support KILL not yet",
        "A DILEMMA: On The One Hand, WITH RESERVATIONS", "",
    ]  # fmt: skip
    rules = [lexicon.POSITIVE, lexicon.NEGATIVE, lexicon.PARTIAL, lexicon.DENIED_NEGATIVE]
    rules += [lexicon.DILEMMA, lexicon.CONTRAST]
    assert sum(t.isascii() for t in texts) > len(texts) // 2  # both paths are read
    for rx in rules:
        for text in texts:
            assert rx.count(text) == len(rx.expression.findall(text))
            assert rx.found(text) == (rx.expression.search(text) is not None)


def test_the_event_rules_groups_lower_cased_as_with_case_ignored() -> None:
    for text in _mixed_case(_texts()[:800], 9):
        expected = [m.lastgroup for m in EVENT_SCAN.expression.finditer(text)]
        assert list(EVENT_SCAN.groups(text)) == expected


def test_a_pattern_lower_cased_keeps_its_escapes() -> None:
    assert lowered(r"\bKyiv\W+[A-Z]\S\\I") == r"\bkyiv\W+[a-z]\S\\i"
    caseless = Caseless(r"\bI\s+AGREE\b|\bKyiv\W")
    assert caseless.count("i agree, i Agree; KYIV! Kyivan") == 3
    assert caseless.found("They said I\tagree") and not caseless.found("kyivan")
    assert Caseless(r"\bcan[’']t\b").count("Can't, CAN'T, can’t") == 3
    assert EVENT_SCAN._folded is not None  # every event rule lower-cases
    refused = ["(?i)kyiv", "(?-i:Kyiv)", "Zürich", "\u212aelvin", "(?P<a>x)(?P=a)", r"\x41"]
    for pattern in refused:
        with pytest.raises(ValueError):
            Caseless(pattern)


def test_every_character_but_four_lower_cases_alike() -> None:
    from parley.extract.scan import folds_alike

    chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]  # no surrogates
    one = [c for c in chars if len(c.lower()) == 1]
    assert [c for c in chars if len(c.lower()) != 1] == ["\u0130"]
    text, low = "".join(one), "".join(c.lower() for c in one)  # letter for letter
    for kind in (r"\w", r"\s", r"\d"):  # the same positions of each kind
        assert [m.start() for m in re.finditer(kind, text)] == [
            m.start() for m in re.finditer(kind, low)
        ]
    # outside ASCII, only these match an ASCII letter with case ignored, and none lower-cases
    # to an ASCII character but the Kelvin sign
    beyond = [c for c in re.findall(r"[a-z]", text, re.IGNORECASE) if not c.isascii()]
    assert beyond == ["\u0131", "\u017f", "\u212a"]
    assert [c for c in one if not c.isascii() and c.lower().isascii()] == ["\u212a"]
    assert re.match(r"i", "\u0130", re.IGNORECASE)  # the dotted capital I as well
    assert folds_alike("".join(c for c in one if c not in "\u0131\u017f\u212a"))
    for c in "\u0130\u0131\u017f\u212a":
        assert not folds_alike(f"a{c}b")


def test_a_caseless_span_on_text_outside_ascii_as_with_case_ignored() -> None:
    rx = Caseless(r"\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\b|\bKyiv[’']s\b|\bS\w+")
    pieces = ["We", "I", "spoke", "TALKED", "to", "With", "Kyiv’s", "KYIV's", "é", "Ünal", "s"]
    pieces += ["\u0130", "\u0131", "\u017fpoke", "\u212a", "“", "’", ",", "\n", "straße", "ΣΟΣ"]
    rng = random.Random(12)
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        m = rx.expression.search(text, pos, end)
        assert rx.span(text, pos, end) == (None if m is None else m.span())
