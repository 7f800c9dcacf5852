"""Scoring extracted statements against hand-made gold.

Implements the metrics of ``shared/eval/score_statements.py`` as a library:
a prediction matches a gold statement when the Dice coefficient of their
content-word sets is at least 0.5; pairs are taken one-to-one, best first.
Gold lines marked ``"optional": true`` are neutral: neither required nor,
when matched, counted as predictions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from parley.errors import MalformedRecordError, MissingPathError, NoGoldError

MATCH_THRESHOLD = 0.5
GOLD_SUFFIX = ".gold.jsonl"

# Function words ignored when comparing the content of two statements.
_STOPWORD_TEXT = """
    a an the of to in on at for and or but that this these those is are was were be been
    it its it's with by from as we they he she his her their our us them there than then
    will would should could can may might must not no do does did have has had so if into"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[a-z0-9]+")

# The report's keys, in the order the shared scorer prints them.
METRICS = (
    "gold", "predicted", "matched", "detection_precision", "detection_recall", "detection_f1",
    "actor_accuracy", "speaker_accuracy", "event_accuracy", "stance_accuracy", "about_accuracy",
    "hearsay_accuracy", "targets_exact", "direct_accuracy", "attributed_f1",
)  # fmt: skip

Row = Mapping[str, Any]


def content_words(text: str | None) -> frozenset[str]:
    """Lower-cased alphanumeric tokens of ``text`` minus function words."""
    return frozenset(_WORD.findall((text or "").lower())) - STOPWORDS


def dice(a: str | None, b: str | None) -> float:
    """Dice coefficient of the content-word sets of two texts (0 if either is empty)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _code(value: Any) -> str | None:
    return str(value or "").strip().upper() or None


def _codes(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(c for c in map(_code, values or ()) if c)


def _unaccented(name: str) -> str:
    """``name`` with its accents taken off ("Orbán" -> "Orban"), as the shared scorer folds it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Compare surnames, tolerating transliteration (Zelensky / Zelenskyy) and accents
    (Orbán / Orban: the extractor writes names as English-language copy spells them).

    A gold line without a speaker accepts any prediction.
    """
    gold_tokens = re.findall(r"[a-z]+", _unaccented(gold or "").lower())
    pred_tokens = re.findall(r"[a-z]+", _unaccented(pred or "").lower())
    if not gold_tokens:
        return True
    if not pred_tokens:
        return False
    return SequenceMatcher(None, gold_tokens[-1], pred_tokens[-1]).ratio() >= 0.8


def match_statements(gold: list[Row], pred: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row]]:
    """Pair gold and predicted statements one-to-one, highest overlap first.

    Returns the pairs and the predictions left unpaired. Ties are broken the
    way the shared scorer breaks them (later gold line, then later prediction
    first), so both give identical numbers.
    """
    candidates = [
        (overlap, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if (overlap := dice(g.get("text"), p.get("text"))) >= MATCH_THRESHOLD
    ]
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[Row, Row]] = []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in taken_gold and pi not in taken_pred:
            taken_gold.add(gi)
            taken_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    leftover = [p for pi, p in enumerate(pred) if pi not in taken_pred]
    return pairs, leftover


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def _f1(true_pos: int, n_pred: int, n_gold: int) -> float:
    precision = true_pos / n_pred if n_pred else 0.0
    recall = true_pos / n_gold if n_gold else 0.0
    if precision + recall == 0:
        return 0.0
    return round(2 * precision * recall / (precision + recall), 3)


@dataclass
class Scorer:
    """Accumulates counts over documents; :meth:`report` turns them into metrics."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    spurious: int = 0
    actor_ok: int = 0
    direct_ok: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    event_ok: int = 0
    event_n: int = 0
    stance_ok: int = 0
    stance_n: int = 0
    about_ok: int = 0
    about_n: int = 0
    hearsay_ok: int = 0
    hearsay_n: int = 0
    targets_ok: int = 0
    targets_n: int = 0

    def add(self, gold: Iterable[Any], pred: Iterable[Any]) -> None:
        """Score one document: its gold rows against its predicted rows."""
        gold_rows = [as_row(g) for g in gold]
        pred_rows = [as_row(p) for p in pred]
        pairs, leftover = match_statements(gold_rows, pred_rows)
        scored = [(g, p) for g, p in pairs if not g.get("optional")]
        neutral = len(pairs) - len(scored)
        self.gold += sum(1 for g in gold_rows if not g.get("optional"))
        self.predicted += len(pred_rows) - neutral
        self.matched += len(scored)
        self.spurious += len(leftover)
        for g, p in scored:
            self._compare(g, p)

    def _compare(self, g: Row, p: Row) -> None:
        # A field absent (or empty) in the gold line is not scored.
        self.actor_ok += _code(g.get("actor")) == _code(p.get("actor"))
        self.direct_ok += bool(g.get("direct")) == bool(p.get("direct"))
        if g.get("speaker"):
            self.speaker_n += 1
            self.speaker_ok += same_speaker(g["speaker"], p.get("speaker"))
        if g.get("event"):
            self.event_n += 1
            self.event_ok += _code(g["event"]) == _code(p.get("event"))
        if g.get("stance"):
            self.stance_n += 1
            self.stance_ok += str(g["stance"]).lower() == str(p.get("stance") or "").lower()
        if "about" in g:
            same_about = _code(g["about"]) == _code(p.get("about"))
            self.about_n += 1
            self.about_ok += same_about
            if g["about"]:
                self.hearsay_n += 1
                self.hearsay_ok += same_about
        if g.get("targets"):
            self.targets_n += 1
            self.targets_ok += _codes(g["targets"]) == _codes(p.get("targets"))

    def report(self) -> dict[str, Any]:
        """The metrics, keyed and ordered as the shared scorer's ``--json`` output."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "detection_precision": _ratio(self.matched, self.predicted),
            "detection_recall": _ratio(self.matched, self.gold),
            "detection_f1": _f1(self.matched, self.predicted, self.gold),
            "actor_accuracy": _ratio(self.actor_ok, self.matched),
            "speaker_accuracy": _ratio(self.speaker_ok, self.speaker_n),
            "event_accuracy": _ratio(self.event_ok, self.event_n),
            "stance_accuracy": _ratio(self.stance_ok, self.stance_n),
            "about_accuracy": _ratio(self.about_ok, self.about_n),
            "hearsay_accuracy": _ratio(self.hearsay_ok, self.hearsay_n),
            "targets_exact": _ratio(self.targets_ok, self.targets_n),
            "direct_accuracy": _ratio(self.direct_ok, self.matched),
            # a true positive here is a matched statement whose actor is right
            "attributed_f1": _f1(self.actor_ok, self.predicted, self.gold),
        }


def as_row(item: Any) -> Row:
    """A statement as a mapping: dicts pass through, dataclasses (Statement) are read."""
    if isinstance(item, Mapping):
        return item
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if hasattr(item, "__dataclass_fields__"):
        return {f.name: getattr(item, f.name) for f in fields(item)}
    raise TypeError(f"cannot score a {type(item).__name__} as a statement")


def score(gold_rows: Iterable[Any], pred_rows: Iterable[Any]) -> dict[str, Any]:
    """Metrics for one document's predicted statements against its gold."""
    scorer = Scorer()
    scorer.add(gold_rows, pred_rows)
    return scorer.report()


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    """Read a statements JSON Lines file; blank lines are skipped.

    Raises MalformedRecordError naming the file and line when a line is not a
    JSON object with a string ``text``.
    """
    path = Path(path)
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise MissingPathError("no such file", path=str(path)) from None
    except UnicodeDecodeError as exc:
        raise MalformedRecordError(f"not UTF-8 ({exc.reason})", path=str(path)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MalformedRecordError(
                f"line {number}: not JSON ({exc.msg})", path=str(path)
            ) from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise MalformedRecordError(
                f"line {number}: expected an object with a string 'text'", path=str(path)
            )
        rows.append(row)
    return rows


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The ``NAME.gold.jsonl`` files of a folder, sorted; NoGoldError when there are none."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise MissingPathError("not a folder", path=str(gold_dir))
    found = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not found:
        raise NoGoldError(f"no *{GOLD_SUFFIX} files in this folder", path=str(gold_dir))
    return found


def score_dirs(gold_dir: str | Path, pred_dir: str | Path) -> dict[str, Any]:
    """Metrics over a folder: each ``NAME.gold.jsonl`` is paired with ``PRED_DIR/NAME.jsonl``.

    A missing prediction file counts as a document with no predictions.
    """
    scorer = Scorer()
    for gold_path in gold_files(gold_dir):
        name = gold_path.name[: -len(GOLD_SUFFIX)]
        pred_path = Path(pred_dir) / f"{name}.jsonl"
        predicted = load_rows(pred_path) if pred_path.exists() else []
        scorer.add(load_rows(gold_path), predicted)
    return scorer.report()
