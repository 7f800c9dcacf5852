"""The trained event and stance classifier: linear models over :mod:`features`.

Two linear models, one-vs-rest logistic regressions (event: PLOVER type; stance: support,
oppose, mixed) trained by ``python -m parley.extract.train`` on the annotated development
articles of many negotiations, and shipped as ``parley/data/classifier.json``. Prediction
needs only the weights and numpy; scikit-learn is needed to train, not to run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import numpy as np

from parley.extract.agreed_stance import agreed_stance
from parley.extract.announced_protests import protest_event
from parley.extract.beyond_wish import beyond_event
from parley.extract.conceded_stance import conceded_stance
from parley.extract.concessions import features_concession
from parley.extract.conditional_stance import conditional_assent
from parley.extract.deal_contents import deal_contents_stance
from parley.extract.deficit_verdict import deficit_verdict_stance
from parley.extract.demand_modals import demand_over_refusal
from parley.extract.denied_sellout import denied_sellout_stance
from parley.extract.dismissal_verdict import dismissal_stance
from parley.extract.dropped_demand import dropped_event
from parley.extract.effect_forecasts import forecast_event
from parley.extract.enforcing_threat import enforcing_threat_stance
from parley.extract.every_means import means_event
from parley.extract.expectation import expectation_event
from parley.extract.features import (
    Utterance,
    features,
    features_contrast,
    features_cue_cross,
    features_infinitive,
    features_intro,
    features_lead,
    features_open_pairs,
    features_parties,
    features_party_polarity,
    features_predicate,
    features_predicate_polarity,
    features_quote,
    features_quote_last,
    features_scope,
    features_trigrams,
)
from parley.extract.harm_disavowal import harm_disavowal_stance
from parley.extract.judged_terms import judged_event
from parley.extract.kept_seat import kept_event
from parley.extract.legal_challenges import appeal_event
from parley.extract.mandative import mandate_event
from parley.extract.narrow_events import EventRule, StanceRule, narrow_event
from parley.extract.negacts import features_negated_act
from parley.extract.no_loss_guarantee import no_loss_guarantee_stance
from parley.extract.offer_frames import offer_frame_event
from parley.extract.ongoing_acts import ongoing_event
from parley.extract.opposed_opposition import opposed_opposition_stance
from parley.extract.others_refusal import others_refusal_stance
from parley.extract.pending_scrutiny import pending_scrutiny_stance
from parley.extract.plain_pledges import pledge_event
from parley.extract.preferred_alternative import preferred_alternative_stance
from parley.extract.ratifications import ratified_event
from parley.extract.readiness_offers import offer_readiness_event
from parley.extract.readiness_threats import readiness_event
from parley.extract.rebutted_charge import rebutted_charge_stance
from parley.extract.refused_delay import refused_delay_stance
from parley.extract.reluctant_assent import reluctant_assent_stance
from parley.extract.risked_harm import risked_event
from parley.extract.shared_compromise import shared_compromise_stance
from parley.extract.standing_offer import standing_offer_stance
from parley.extract.struggle_credit import struggle_credit_stance
from parley.extract.unasked import unasked_event
from parley.extract.undone_measures import undone_measure_stance
from parley.extract.unreceived_text import unreceived_text_stance
from parley.extract.valuation_verdict import valuation_verdict_stance
from parley.extract.voiced_fear import voiced_fear_stance
from parley.extract.warned_refusals import warned_refusal_event
from parley.extract.weighed_steps import weighed_event
from parley.extract.welcome_needs import welcome_needs_event
from parley.extract.withdrawn_moves import withdrawn_event

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "classifier.json"
FORMAT = 1
# the rules that may move the event model's class to a close one, applied in this order, each
# to the class the one before it left (every rule's module says what it was measured on)
EVENT_RULES: tuple[EventRule, ...] = (
    demand_over_refusal,  # "no deal should be signed before ...": REQUEST, not REJECT
    narrow_event,  # a hope, a reported conditional offer, a reproach
    forecast_event,  # "any rise in imports would depress prices": a verdict, not AGREE
    protest_event,  # "members would picket", no condition: PROTEST, not THREATEN
    ongoing_event,  # "are discussing", "was seeking": CONSULT or REQUEST, not AGREE
    offer_frame_event,  # "offered to host the talks": AGREE
    readiness_event,  # "workers were ready to walk out": THREATEN, not AGREE
    means_event,  # "would use every legal avenue open to it": THREATEN
    weighed_event,  # "the union would examine a legal challenge": THREATEN
    beyond_event,  # "had accepted a longer term than it first wanted": CONCEDE
    dropped_event,  # "the league had dropped its proposals", "had given up its demand": CONCEDE
    risked_event,  # "the plan risked leaving the islands without a ferry": ACCUSE
    pledge_event,  # "the government would raise wages": AGREE, not REQUEST
    judged_event,  # "would judge the council by its results": REQUEST (after pledge_event)
    offer_readiness_event,  # "it stood ready to support the rebuilding": AGREE, not SUPPORT
    unasked_event,  # "nobody asked the farmers what they wanted": ACCUSE
    appeal_event,  # "it will contest that finding": REJECT
    mandate_event,  # "demanded the full draft be published": REQUEST
    expectation_event,  # "expected both sides to bargain in good faith": REQUEST
    ratified_event,  # "members had ratified the contract": AGREE
    kept_event,  # "we are not leaving the table", "would stay at the table": AGREE
    withdrawn_event,  # "it was withdrawing its proposal", "had suspended the action": RETREAT
    welcome_needs_event,  # "welcomed the talks but needed a date": REQUEST
    warned_refusal_event,  # "warned that it would not accept another delay": THREATEN
)
# the rules that may move the stance model's class, applied in this order to the class the one
# before it left
STANCE_RULES: tuple[StanceRule, ...] = (
    opposed_opposition_stance,  # "the guild did not oppose the charter": support, not oppose
    undone_measure_stance,  # "called for the law to be repealed": oppose
    deal_contents_stance,  # "the agreement would raise wages": support, not oppose
)
# then these, in order, only while the class is still the model's: the first that moves it
# decides
MODEL_STANCE_RULES: tuple[StanceRule, ...] = (
    struggle_credit_stance,  # "a deal our members forced into existence on the picket line"
    valuation_verdict_stance,  # "the offer undervalues the bank": oppose
    preferred_alternative_stance,  # "its bid was superior", "our standalone plan": oppose
    deficit_verdict_stance,  # "the offer fell short on pay", "the draft lacked ambition": oppose
    shared_compromise_stance,  # "Nobody got everything they wanted": support, not oppose
    dismissal_stance,  # "the chapter had no teeth", "did not trust any agreement": oppose
    reluctant_assent_stance,  # "we accepted it because the alternative was ...", "reluctantly"
    denied_sellout_stance,  # "we did not sell the oil", "did not sign away its gas": support
    harm_disavowal_stance,  # "had no intention of invading", "would not be disadvantaged"
    unreceived_text_stance,  # "a basis for a settlement, but it had not received the text"
    pending_scrutiny_stance,  # "would examine whether the rise was justified": mixed
    others_refusal_stance,  # "officials who rejected the plan were acting against": support
    standing_offer_stance,  # "the offer still stood": support
    no_loss_guarantee_stance,  # "nobody will be left behind", "none would lose their job"
    voiced_fear_stance,  # "it feared the rules would tie up farm work": oppose
    rebutted_charge_stance,  # "rejected the charge that the contract is unfair": support
    refused_delay_stance,  # "the ports cannot wait any longer": support
)


# An inverted condition ("Should Hamas reject the text, ...") opens its clause: the text, or a
# punctuation mark before it; a "should" inside a clause ("cooperation should not target
# any third party") is an obligation, not a condition
CLAUSE_START = r"(?:^|(?<=[,;:(\"“—–])|(?<=[,;:(\"“—–]\s))"
# the consequence's modal has its verb after it: not the noun ("the will of the nations"),
# nor a modal left without its verb ("I do not know what will.", "as if it never would")
CONSEQUENCE_VERB = r"(?!\s+of\b|\s*[\"”]?\s*(?:[.?!,;:)]|$))"
# A conditional warning: a condition of refusal or failure ("if ... does not", "unless",
# "if ... rejects") and a consequence ("will", "would", "should understand"). PLOVER codes
# it THREATEN whatever its words (in the annotated articles every such statement is; the
# bag of words reads "consult", "peace" or "talks" in the condition as AGREE).
CONDITIONAL_WARNING = re.compile(
    r"(?:(?<![Aa]s )\b[Ii]f|" + CLAUSE_START + r"[Ss]hould)\b[^.;:]{0,120}?"
    r"\b(?:not|n't|never|refuses?d?|rejects?|rejected"
    r"|fails?|failed|turns?\s+\w+\s+down|is\s+unwilling|are\s+unwilling)\b[^.;]{0,160}?"
    r"\b(?:(?:will|would|'ll)\b" + CONSEQUENCE_VERB + r"|should\s+understand\b"
    r"|must\s+understand\b)"
    r"|\b[Uu]nless\b[^.;]{0,160}?\b(?:will|would|'ll)\b" + CONSEQUENCE_VERB
)


def conditional_warning(text: str) -> bool:
    """Whether ``CONDITIONAL_WARNING`` matches ``text``: every match holds "if", "If",
    "hould" or "nless" (it ignores no case), so a text without any is not searched."""
    return (
        "if" in text or "If" in text or "hould" in text or "nless" in text
    ) and CONDITIONAL_WARNING.search(text) is not None


@dataclass(frozen=True, slots=True)
class Coding:
    """What a statement does: its PLOVER event type and the stance it reports."""

    event: str | None
    stance: str | None
    # how far the stance model put ``stance`` ahead of its runner-up, when ``stance`` is the
    # model's own choice (None when a rule or the rules coder decided it)
    stance_lead: float | None = None


@dataclass(slots=True)
class LinearModel:
    """A multinomial linear model over named binary features."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    coef: np.ndarray  # (features, classes)
    intercept: np.ndarray  # (classes,)

    def scores(self, feats: Iterable[str]) -> np.ndarray:
        return self.scores_at(self.rows(feats))

    def rows(self, feats: Iterable[str]) -> set[int]:
        """The rows of the features of ``feats`` the model knows."""
        found = set(map(self.vocabulary.get, feats))  # one C-level pass over the bag
        found.discard(None)
        return cast("set[int]", found)

    def scores_at(self, rows: set[int]) -> np.ndarray:
        """The scores of a bag whose known features are at ``rows``."""
        idx = sorted(rows)
        out = self.intercept.copy()
        if idx:
            # what ``.sum(axis=0)`` computes, without its Python wrapper (a third of the
            # time of a small sum); ``take`` copies the rows in half the time of ``coef[idx]``
            out += np.add.reduce(self.coef.take(idx, axis=0), axis=0)
        return out

    def predict(self, feats: Iterable[str]) -> str:
        return self.classes[int(self.scores(feats).argmax())]

    def to_dict(self) -> dict[str, Any]:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "classes": list(self.classes),
            "features": names,
            "coef": [[round(float(w), 5) for w in row] for row in self.coef],
            "intercept": [round(float(b), 5) for b in self.intercept],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        return cls(
            classes=tuple(data["classes"]),
            vocabulary={name: i for i, name in enumerate(data["features"])},
            coef=np.asarray(data["coef"], dtype=np.float64).reshape(
                len(data["features"]), len(data["classes"])
            ),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
        )


def _joint_rows(event: dict[str, int], stance: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Each feature of either vocabulary -> (its event row, its stance row), -1 for none."""
    return {name: (event.get(name, -1), stance.get(name, -1)) for name in {*event, *stance}}


# Extra features computed from an utterance (the old rules, when a model was trained with them).
Extra = Callable[[Utterance], list[str]]


def rule_features(u: Utterance) -> list[str]:
    """The old phrase-list rules' verdicts as features."""
    from parley.extract.classify import classify_event, classify_stance

    event = classify_event(u.lemma, u.text)
    return [f"rule:{event}", f"rulestance:{classify_stance(event, u.text)}"]


def cue_class_features(u: Utterance) -> list[str]:
    """The event the old rules give the cue itself, as a class of cues."""
    from parley.extract.lexicon import CUE_EVENTS, CUE_WEIGHTS

    by_cue = CUE_EVENTS.get(u.lemma)
    lean = CUE_WEIGHTS.get(u.lemma)
    out = []
    if by_cue is not None:
        out.append(f"cueclass:{by_cue}")
    if lean:
        out.append(f"cuelean:{lean[0]}")
    return out


EXTRAS: dict[str, Extra] = {
    "rules": rule_features,
    "cueclass": cue_class_features,
    "scope": features_scope,
    "trigrams": features_trigrams,
    "cuex": features_cue_cross,
    "openpairs": features_open_pairs,
    "intro": features_intro,
    "parties": features_parties,
    "partypol": features_party_polarity,
    "infin": features_infinitive,
    "contrast": features_contrast,
    "pred": features_predicate,
    "predpol": features_predicate_polarity,
    "quote": features_quote,
    "quotelast": features_quote_last,
    "lead": features_lead,
    "negact": features_negated_act,
    "concede": features_concession,
}


def featurize(u: Utterance, extras: Sequence[str] = ()) -> list[str]:
    """The features of ``u``, with those of the named extras."""
    feats = features(u)
    for name in extras:
        feats += EXTRAS[name](u)
    return feats


def featurize_more(u: Utterance, feats: list[str], extras: Sequence[str]) -> list[str]:
    """``feats`` (the features of ``u``) with those of more extras (``feats`` when none)."""
    if not extras:
        return feats
    more = list(feats)
    for name in extras:
        more += EXTRAS[name](u)
    return more


def _lead(scores: np.ndarray) -> float | None:
    """How far the highest of ``scores`` is ahead of the next one (None for a model of one
    class, which has no runner-up)."""
    if len(scores) < 2:
        return None
    # (as Python floats, sorted in a list: a few classes cost numpy more to sort than to
    # read out; the two are the same doubles, so their difference is too)
    ranked = scores.tolist()
    ranked.sort()
    return ranked[-1] - ranked[-2]


@dataclass(slots=True)
class StatementClassifier:
    """Event and stance of a statement from its words and cue."""

    event: LinearModel
    stance: LinearModel
    extras: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    # extras that only the event model reads (beside ``extras``, which both read)
    event_extras: tuple[str, ...] = ()
    # extras that only the stance model reads
    stance_extras: tuple[str, ...] = ()
    # feature -> (its row in the event model, in the stance model; -1 where it has none),
    # built at the first statement: one look-up of a feature for both models
    _joint: dict[str, tuple[int, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _rows(self, u: Utterance, feats: list[str]) -> tuple[set[int], set[int]]:
        """The event model's and the stance model's rows of ``feats`` with each model's
        own extras: the rows of ``featurize_more(u, feats, ...)``, each bag's feature
        looked up once in one table."""
        joint = self._joint
        if joint is None:
            joint = self._joint = _joint_rows(self.event.vocabulary, self.stance.vocabulary)
        pairs = set(map(joint.get, feats))
        pairs.discard(None)
        known = cast("set[tuple[int, int]]", pairs)
        event = {e for e, _ in known if e >= 0}
        stance = {s for _, s in known if s >= 0}
        for name in self.event_extras:
            event |= self.event.rows(EXTRAS[name](u))
        for name in self.stance_extras:
            stance |= self.stance.rows(EXTRAS[name](u))
        return event, stance

    def code(self, u: Utterance) -> Coding:
        feats = featurize(u, self.extras)
        event_rows, stance_rows = self._rows(u, feats)
        scores = self.event.scores_at(event_rows)
        event = self.event.classes[int(scores.argmax())]
        for rule in EVENT_RULES:
            event = rule(event, u, self.event.classes, scores)
        if conditional_warning(u.text):
            event = "THREATEN"  # "if Kyiv refuses, the fighting will go on"
        stance_scores = self.stance.scores_at(stance_rows)
        model_stance = self.stance.classes[int(stance_scores.argmax())]
        stance = model_stance
        for rule in STANCE_RULES:
            stance = rule(stance, u, self.stance.classes, stance_scores)
        for rule in MODEL_STANCE_RULES:
            if stance != model_stance:
                break
            stance = rule(stance, u, self.stance.classes, stance_scores)
        if stance == model_stance:
            # a concession made is a move toward the deal ("had dropped its objections")
            stance = conceded_stance(event, stance, self.stance.classes, stance_scores)
        if stance == model_stance:
            # a threat against refusing or breaking the deal presses for it ("would keep
            # advancing if Kyiv refused it")
            stance = enforcing_threat_stance(
                event, stance, u.text, self.stance.classes, stance_scores
            )
        if stance == model_stance:
            # an offer or readiness is a move toward the deal ("was ready to set aside the
            # armed struggle"): the event decides a close reading
            stance = agreed_stance(event, stance, self.stance.classes, stance_scores)
        if stance is not None and conditional_assent(u.text):
            stance = "mixed"  # "they would sign if the debts were renegotiated"
        return Coding(event, stance, _lead(stance_scores) if stance == model_stance else None)

    def __call__(self, u: Utterance) -> Coding:
        return self.code(u)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "extras": list(self.extras),
            **({"event_extras": list(self.event_extras)} if self.event_extras else {}),
            **({"stance_extras": list(self.stance_extras)} if self.stance_extras else {}),
            "meta": self.meta,
            "event": self.event.to_dict(),
            "stance": self.stance.to_dict(),
        }

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), separators=(",", ":")) + "\n", "utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatementClassifier:
        if data.get("format") != FORMAT:
            raise ValueError(f"classifier format {data.get('format')!r}, expected {FORMAT}")
        extras = tuple(data.get("extras", ()))
        event_extras = tuple(data.get("event_extras", ()))
        stance_extras = tuple(data.get("stance_extras", ()))
        unknown = [e for e in (*extras, *event_extras, *stance_extras) if e not in EXTRAS]
        if unknown:
            raise ValueError(f"unknown classifier extras {unknown}")
        return cls(
            event=LinearModel.from_dict(data["event"]),
            stance=LinearModel.from_dict(data["stance"]),
            extras=extras,
            meta=data.get("meta", {}),
            event_extras=event_extras,
            stance_extras=stance_extras,
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> StatementClassifier:
        return cls.from_dict(json.loads(path.read_text("utf-8")))


@lru_cache(maxsize=1)
def default_classifier() -> StatementClassifier | None:
    """The shipped model, or None when its file is absent (the rules then decide)."""
    if not MODEL_PATH.exists():
        return None
    return StatementClassifier.load(MODEL_PATH)


def rules_coder(u: Utterance) -> Coding:
    """The old phrase-list rules, as a coder (the fallback and the baseline)."""
    from parley.extract.classify import classify_event, classify_stance

    event = classify_event(u.lemma, u.text)
    return Coding(event, classify_stance(event, u.text))


Coder = Callable[[Utterance], Coding]


def default_coder() -> Coder:
    model = default_classifier()
    return model if model is not None else rules_coder


def fit_linear(
    bags: Sequence[Sequence[str]],
    labels: Sequence[str],
    c: float,
    min_count: int = 2,
    balance: float = 0.0,
    weights: Sequence[float] | None = None,
    nb: float = 0.0,
) -> LinearModel:
    """Fit one-vs-rest logistic regressions on binary features (needs scikit-learn).

    ``balance`` weighs each example by ``(n / (k * n_class)) ** balance`` (0: unweighted,
    1: sklearn's "balanced"), so that a rare class is not drowned by a common one;
    ``weights`` (one per example) multiply those. ``nb`` > 0 blends in a complement naive
    Bayes model on the same features at that share (:func:`_blend_nb`).
    """
    model = _fit_logistic(bags, labels, c, min_count, balance, weights)
    if nb > 0 and len(model.classes) > 2:
        model = _blend_nb(model, bags, labels, weights, nb)
    return model


def _matrix(bags: Sequence[Sequence[str]], vocab: dict[str, int]) -> Any:
    """The binary example x feature matrix of ``bags`` over ``vocab``."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, bag in enumerate(bags):
        for i in sorted({vocab[f] for f in bag if f in vocab}):
            rows.append(r)
            cols.append(i)
    return csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(bags), len(vocab)), dtype=np.float64
    )


def _blend_nb(
    model: LinearModel,
    bags: Sequence[Sequence[str]],
    labels: Sequence[str],
    weights: Sequence[float] | None,
    share: float,
) -> LinearModel:
    """``model`` averaged with a complement naive Bayes model on the same binary features.

    Naive Bayes scores are linear in the features too, so the blend is one linear model
    (the runtime reads it as it reads any): each feature's naive Bayes weights centred over
    the classes (which moves no class against another), scaled so that its scores spread
    over the training examples as the logistic model's do, then ``(1 - share) * logistic +
    share * naive Bayes``."""
    from sklearn.naive_bayes import ComplementNB

    x = _matrix(bags, model.vocabulary)
    w = None if weights is None else np.asarray(weights, dtype=np.float64)
    nb = ComplementNB(alpha=1.0).fit(x, list(labels), sample_weight=w)
    assert tuple(str(c) for c in nb.classes_) == model.classes
    coef = nb.feature_log_prob_.T.astype(np.float64)
    coef -= coef.mean(axis=1, keepdims=True)
    spread = np.asarray(x @ model.coef + model.intercept).std(axis=1).mean()
    k = spread / max(1e-9, float(np.asarray(x @ coef).std(axis=1).mean()))
    return LinearModel(
        model.classes,
        model.vocabulary,
        (1 - share) * model.coef + share * k * coef,
        (1 - share) * model.intercept,
    )


def _fit_logistic(
    bags: Sequence[Sequence[str]],
    labels: Sequence[str],
    c: float,
    min_count: int,
    balance: float,
    weights: Sequence[float] | None,
) -> LinearModel:
    """The one-vs-rest logistic regressions of :func:`fit_linear`."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    counts: dict[str, int] = {}
    for bag in bags:
        for f in set(bag):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocab = {f: i for i, f in enumerate(names)}
    x = _matrix(bags, vocab)
    classes = sorted(set(labels))
    if len(classes) == 1:
        return LinearModel(
            tuple(classes), vocab, np.zeros((len(names), 1)), np.zeros(1, dtype=np.float64)
        )
    if balance or weights is not None:
        return _fit_weighted(x, labels, classes, vocab, c, balance, weights)
    # One binary L2 logistic regression per class (liblinear): measured by
    # leave-one-negotiation-out against the multinomial fit (saga), event 0.582 against
    # 0.565 on the other negotiations at its best C, and forty times faster to train.
    model = OneVsRestClassifier(
        LogisticRegression(C=c, solver="liblinear", intercept_scaling=10.0, random_state=0)
    )
    model.fit(x, list(labels))
    coef = np.vstack([e.coef_ for e in model.estimators_]).astype(np.float64)
    intercept = np.concatenate([e.intercept_ for e in model.estimators_]).astype(np.float64)
    if len(model.classes_) == 2:  # binary: one row of weights for the second class
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearModel(tuple(str(c) for c in model.classes_), vocab, coef.T.copy(), intercept)


def _fit_weighted(
    x: Any,
    labels: Sequence[str],
    classes: list[str],
    vocab: dict[str, int],
    c: float,
    power: float,
    weights: Sequence[float] | None = None,
) -> LinearModel:
    """One weighted binary logistic regression per class (the same fit as the one-vs-rest
    one above, with each example weighed by its class's rarity to the ``power``, times its
    own weight when ``weights`` are given)."""
    from sklearn.linear_model import LogisticRegression

    n, k = len(labels), len(classes)
    size = {cl: sum(1 for label in labels if label == cl) for cl in classes}
    weight = np.array([(n / (k * size[label])) ** power for label in labels])
    if weights is not None:
        weight = weight * np.asarray(weights, dtype=np.float64)
    coefs, intercepts = [], []
    for cl in classes:
        y = np.array([label == cl for label in labels], dtype=np.int64)
        fit = LogisticRegression(C=c, solver="liblinear", intercept_scaling=10.0, random_state=0)
        fit.fit(x, y, sample_weight=weight)
        coefs.append(fit.coef_[0])
        intercepts.append(fit.intercept_[0])
    coef = np.vstack(coefs).astype(np.float64)
    intercept = np.asarray(intercepts, dtype=np.float64)
    if k == 2:  # as above: one row of weights for the second class
        coef = np.vstack([-coef[1] / 2, coef[1] / 2])
        intercept = np.array([-intercept[1] / 2, intercept[1] / 2])
    return LinearModel(tuple(classes), vocab, coef.T.copy(), intercept)
