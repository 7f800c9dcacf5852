"""Attribution quality on PolNeAR, a corpus of US political news with every attribution
annotated (source, cue, content), against a quotation-only baseline in the same run.

PolNeAR (networkdynamics/PolNeAR) has no licence file: it is read from a local copy and
never committed. Get it with ``git clone https://github.com/networkdynamics/PolNeAR`` (or an
equivalent archive) and pass the folder that holds ``data/``.

    python benchmarks/polnear.py --data /work/polnear --split dev [--limit 100]

Figures (all over the articles of the split, one annotator's file per article):

- recall of spoken attributions: an annotated attribution is *spoken* when its cue holds a
  verb of speaking (``SPEECH_CUES`` below, fixed here and independent of parley's lexicon)
  or its content holds a quotation mark; it is found when some predicted statement's text
  overlaps its content with character Dice >= 0.5;
- precision against all attributions: a predicted statement is correct when its text
  overlaps the content of any annotated attribution (spoken or not) with Dice >= 0.5;
- named-source accuracy: over the spoken attributions found whose source names someone (a
  capitalised word that is not a pronoun or determiner), the share whose predicted speaker
  shares a word with the annotated source;
- words/s of the extractor.

The baseline takes every quotation of three words or more as a statement with no speaker;
ratios are parley / baseline.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

DICE = 0.5

# Verbs (and the two phrasal cues) that report speech, by their inflected forms. Fixed for
# the benchmark so that parley's own cue lexicon cannot move the goalposts.
_SPEECH_LEMMAS = """
say tell ask announce state claim assert declare add note explain argue insist suggest
warn urge demand deny confirm acknowledge admit reiterate repeat maintain predict vow pledge
promise threaten allege complain write reply respond answer counter remark observe recall
caution concede contend describe call blast slam praise thank welcome label brand criticize
criticise attack accuse blame mock joke quip tweet post report reveal recount mention
highlight stress emphasize emphasise underscore comment boast lament retort announce affirm
assure inform question wonder shout yell scream cry whisper testify order propose recommend
dismiss reject condemn denounce applaud hail congratulate apologize apologise admonish chide
scold rebuke lambaste decry deride ridicule tout insult retweet speak talk proclaim pronounce
concur agree disagree object protest plead beg invite advise brief testify interject exclaim
continue muse recite read list
"""
_IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "read": "read", "says": "say", "saying": "say",
}  # fmt: skip
SPEECH_CUES = set(_SPEECH_LEMMAS.split())
SPEECH_PHRASES = ("according to", "in a statement", "in an interview", "made clear")
_QUOTE_MARK = re.compile('["“”]')
_WORD = re.compile(r"[A-Za-z’']+")
_NOT_NAMES = {
    "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their",
    "its", "our", "this", "that", "these", "those", "some", "many", "one", "who", "which",
    "mr", "mrs", "ms", "dr", "republicans", "democrats", "republican", "democratic",
    "americans", "american", "gop",
}  # fmt: skip


def _lemma(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", ""), ("d", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)] + repl
            for cand in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if cand in SPEECH_CUES:
                    return cand
    return w


def is_speech_cue(cue: str) -> bool:
    low = cue.lower().replace("\n", " ")
    if any(p in low for p in SPEECH_PHRASES):
        return True
    return any(_lemma(w) in SPEECH_CUES for w in _WORD.findall(cue))


@dataclass(slots=True)
class Attribution:
    """One annotated attribution: its content (as character ranges), cue and source."""

    content: list[tuple[int, int]]
    cue: str
    source: str
    content_text: str
    named_source: bool = False

    @property
    def spoken(self) -> bool:
        return is_speech_cue(self.cue) or bool(_QUOTE_MARK.search(self.content_text))


def _names_someone(text: str, spans: list[tuple[int, int]]) -> bool:
    """A capitalised word that is no pronoun, and that the text also capitalises where no
    sentence starts ('Observers said' names nobody; 'Trump said' does)."""
    for a, b in spans:
        for w in _WORD.finditer(text, a, b):
            word = w.group()
            if not word[0].isupper() or word.lower() in _NOT_NAMES:
                continue
            before = text[max(0, w.start() - 3) : w.start()].rstrip(" “\"‘'(")
            if before and before[-1] not in ".!?\n":
                return True
            if re.search(rf"[^.!?\n“\"\s]\s+{re.escape(word)}\b", text):
                return True
    return False


@dataclass(slots=True)
class Article:
    name: str
    text: str
    gold: list[Attribution] = field(default_factory=list)


def _ranges(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path, text: str) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, spec = cols[1].partition(" ")
            spans[cols[0]] = (label, _ranges(spec))
        elif line.startswith("E") and len(cols) >= 2:
            roles = dict(part.split(":", 1) for part in cols[1].split() if ":" in part)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""), ("", []))[1]
        if not content:
            continue
        cue = spans.get(roles.get("Cue", ""), ("", []))[1]
        source = spans.get(roles.get("Source", ""), ("", []))[1]
        out.append(
            Attribution(
                content=content,
                cue=" ".join(text[a:b] for a, b in cue),
                source=" ".join(text[a:b] for a, b in source),
                content_text=" ".join(text[a:b] for a, b in content),
                named_source=_names_someone(text, source),
            )
        )
    return out


def load_split(data: Path, split: str, limit: int | None = None) -> list[Article]:
    root = data / "data" / split if (data / "data").is_dir() else data / split
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        print(f"error: {root}: no text/ and attributions/ folders [E_POLNEAR]", file=sys.stderr)
        raise SystemExit(2)
    anns: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)  # one annotator per article
    articles = []
    for path in sorted(text_dir.glob("*.txt")):
        found = anns.get(path.stem)
        if found is None:
            continue
        text = path.read_text(encoding="utf-8")
        articles.append(Article(path.stem, text, read_ann(found, text)))
        if limit and len(articles) >= limit:
            break
    return articles


def dice(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> float:
    sa = {i for x, y in a for i in range(x, y)}
    sb = {i for x, y in b for i in range(x, y)}
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


@dataclass(slots=True)
class Predicted:
    start: int
    end: int
    speaker: str | None


_QUOTATION = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")


def quotation_baseline(text: str) -> list[Predicted]:
    return [
        Predicted(m.start(1), m.end(1), None)
        for m in _QUOTATION.finditer(text)
        if len(m.group(1).split()) >= 3
    ]


@dataclass(slots=True)
class Tally:
    spoken: int = 0
    spoken_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    named: int = 0
    named_right: int = 0

    def add(self, article: Article, predicted: list[Predicted]) -> None:
        self.predicted += len(predicted)
        for p in predicted:
            if any(dice([(p.start, p.end)], g.content) >= DICE for g in article.gold):
                self.predicted_correct += 1
        for g in article.gold:
            if not g.spoken:
                continue
            self.spoken += 1
            match = next(
                (p for p in predicted if dice([(p.start, p.end)], g.content) >= DICE), None
            )
            if match is None:
                continue
            self.spoken_found += 1
            if g.named_source:
                self.named += 1
                words = {w.lower() for w in _WORD.findall(g.source)}
                said = {w.lower() for w in _WORD.findall(match.speaker or "")}
                self.named_right += bool(words & said - _NOT_NAMES)

    @property
    def recall(self) -> float:
        return self.spoken_found / self.spoken if self.spoken else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def named_accuracy(self) -> float:
        return self.named_right / self.named if self.named else 0.0


@dataclass(slots=True)
class RunResult:
    parley: Tally
    baseline: Tally
    seconds: float
    words: int


def run(articles: list[Article]) -> RunResult:
    from parley.extract import extract_statements

    extract_statements("Warm-up. Putin said Russia was ready to talk.")
    ours, base = Tally(), Tally()
    seconds = 0.0
    words = 0
    for art in articles:
        words += len(art.text.split())
        t0 = time.perf_counter()
        got = extract_statements(art.text, source=art.name)
        seconds += time.perf_counter() - t0
        ours.add(art, [Predicted(s.start, s.end, s.speaker) for s in got])
        base.add(art, quotation_baseline(art.text))
    return RunResult(ours, base, seconds, words)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="local PolNeAR folder")
    parser.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args(argv)
    articles = load_split(args.data, args.split, args.limit)
    if not articles:
        print(
            f"error: {args.data}: no annotated articles in split {args.split} [E_POLNEAR]",
            file=sys.stderr,
        )
        return 2
    result = run(articles)
    ours, base = result.parley, result.baseline
    words, seconds = float(result.words), result.seconds
    gold = sum(len(a.gold) for a in articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {int(words):,} words, "
          f"{gold:,} attributions, {ours.spoken:,} spoken")  # fmt: skip
    print(f"{'':28}{'parley':>10}{'quotes':>10}{'ratio':>9}")
    rows = (
        ("recall (spoken)", ours.recall, base.recall),
        ("precision (all, Dice>=0.5)", ours.precision, base.precision),
        ("named-source accuracy", ours.named_accuracy, base.named_accuracy),
    )
    for label, a, b in rows:
        print(f"{label:28}{a:10.3f}{b:10.3f}{_ratio(a, b):>9}")
    print(f"{'statements':28}{ours.predicted:10,}{base.predicted:10,}")
    print(f"named sources scored: {ours.named:,}")
    print(f"extraction: {seconds:.2f} s  {words / seconds:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
