"""The trained event and stance classifier: features, the shipped model, and robustness.

The synonyms probe rewrites a copy of the seed article in memory (the seed itself is
never edited) with words the development data do not teach, and checks that event
accuracy holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from parley.evaluation import Scorer, load_rows
from parley.extract import Opposition, extract_statements
from parley.extract.classifier import (
    MODEL_PATH,
    Coding,
    StatementClassifier,
    default_classifier,
    fit_linear,
)
from parley.extract.features import (
    NamedParty,
    PartyRole,
    Utterance,
    features,
    features_contrast,
    features_infinitive,
    features_parties,
    features_party_polarity,
    features_predicate,
    features_predicate_polarity,
    party_roles,
    tokens,
)
from parley.extract.model import EVENT_TYPES, STANCES

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / ".." / "shared" / "seed" / "turkiye-today-putin-28-point-plan.txt"
SEED_GOLD = ROOT / ".." / "shared" / "gold" / "turkiye-today-putin-28-point-plan.gold.jsonl"

# Ten words of the seed swapped for synonyms, each phrase occurring once in the article.
SYNONYMS = (
    ("Russia is prepared to negotiate", "Russia is willing to negotiate"),
    ("as the basis for", "as the groundwork for"),
    ("Ukraine is against it", "Ukraine opposes it"),
    ("officials requested concessions", "officials sought concessions"),
    ("still dream of inflicting", "still fantasize about inflicting"),
    ("Moscow has briefed", "Moscow has informed"),
    ("all support possible", "all back possible"),
    ("will inevitably happen in other", "is bound to happen in other"),
    ("it will inevitably happen again", "it is bound to happen again"),
    ("We are ready for peace", "We are open to peace"),
)


def swap(text: str, rows: list[dict], pairs=SYNONYMS) -> tuple[str, list[dict]]:
    """``text`` with each phrase replaced, and the gold rows moved to match."""
    rows = [dict(r) for r in rows]
    for old, new in pairs:
        assert text.count(old) == 1, old
        at = text.index(old)
        shift = len(new) - len(old)
        text = text[:at] + new + text[at + len(old) :]
        for r in rows:
            if r["start"] >= at + len(old):
                r["start"] += shift
            if r["end"] >= at + len(old):
                r["end"] += shift
            r["text"] = text[r["start"] : r["end"]]
    return text, rows


def _seed() -> tuple[str, list[dict]]:
    if not SEED.exists() or not SEED_GOLD.exists():
        pytest.skip("the shared seed is absent")
    return SEED.read_text("utf-8"), [dict(r) for r in load_rows(SEED_GOLD)]


def _event_accuracy(text: str, rows: list[dict]) -> float:
    scorer = Scorer()
    # the gold follows the corpus's convention: the opposition has no side
    scorer.add(rows, extract_statements(text, source=rows[0]["source"], opposition=Opposition.NONE))
    return scorer.report()["event_accuracy"]


def test_swap_moves_gold_with_the_text() -> None:
    text, rows = _seed()
    new_text, new_rows = swap(text, rows)
    assert "Ukraine opposes it." in new_text and "is against it" not in new_text
    changed = sum(a["text"] != b["text"] for a, b in zip(rows, new_rows, strict=True))
    assert changed >= 8
    for r in new_rows:
        assert new_text[r["start"] : r["end"]] == r["text"]


def test_seed_with_synonyms_keeps_event_accuracy() -> None:
    text, rows = _seed()
    new_text, new_rows = swap(text, rows)
    original = _event_accuracy(text, rows)
    swapped = _event_accuracy(new_text, new_rows)
    print(f"\nseed event accuracy {original}, with synonyms {swapped}")
    # Issue 8 asks for >= 0.9; the classifier reaches 0.944 (17 of 18) since it learns from
    # the written examples of the eighth round (0.833 before; the old phrase rules 0.722),
    # and keeps it retrained in the tenth round with periphrastic futures read as modals.
    assert swapped >= 0.9


# -- features ----------------------------------------------------------------------------


def test_tokens_mask_names_and_numbers() -> None:
    assert tokens("Ukraine is against it, Putin said on 21 November.") == [
        "NAME", "is", "against", "it", ",", "NAME", "said", "on",
        "NUM", "NAME", ".",
    ]  # fmt: skip
    # a function word opening a sentence is not a name
    assert tokens("We will not sign. If they refuse")[:1] == ["we"]
    assert tokens("We will not sign. If they refuse")[5] == "if"


def test_features_mark_negation_scope_and_condition() -> None:
    feats = features(Utterance("if they refuse, we will not accept the deal", "said", "say", False))
    assert "~accept" in feats and "~deal" in feats
    assert "~refus" not in feats
    assert "condition+modal" in feats and "cue:say" in feats
    assert "first_person" in feats


def test_names_do_not_reach_the_features() -> None:
    a = features(Utterance("Moscow rejects the plan, Lavrov said", "said", "say", False))
    b = features(Utterance("Hamas rejects the plan, Haniyeh said", "said", "say", False))
    assert a == b


def test_parties_read_as_the_speakers_side_or_another() -> None:
    # offsets into an article: the statement spans [100, 150)
    named = [(100, 106, "AAA"), (116, 123, "BBB"), (140, 145, None), (160, 166, "AAA")]
    roles = party_roles(named, 100, 150, frozenset({"AAA", "CCC"}))
    assert roles == ((0, 6, "SELF"), (16, 23, "OTHER"))
    # the speaker's actor unknown: every party is a party, no side
    assert party_roles(named, 100, 150, frozenset()) == ((0, 6, "PARTY"), (16, 23, "PARTY"))
    text = "Zorland blamed the Vexian Union for the delay"
    # a party of several words reads as one role token; a name of no party stays a NAME
    self_, other = NamedParty(0, 7, PartyRole.SELF), NamedParty(15, 31, PartyRole.OTHER)
    assert roles[0].role is PartyRole.SELF and roles[1].role is PartyRole.OTHER
    assert tokens(text, (self_, other)) == [
        "SELF", "blamed", "OTHER", "for", "the", "delay",
    ]  # fmt: skip
    assert tokens(text)[:4] == ["NAME", "blamed", "the", "NAME"]
    mine = Utterance(text, "said", "say", False, parties=(self_,))
    theirs = Utterance(text, "said", "say", False, parties=(NamedParty(0, 7, PartyRole.OTHER),))
    # the shared words read every name alike; the event model's extra reads the roles
    assert features(mine) == features(theirs)
    assert {"pr:SELF", "pr:first:SELF", "pr:SELF_blame"} <= set(features_parties(mine))
    assert "pr:OTHER_blame" in features_parties(theirs)
    assert features_parties(Utterance(text, "said", "say", False)) == []


def test_a_partys_clause_reads_with_its_polarity_and_modality() -> None:
    text = "Vexia has never paid its share, and we will not sign until it does"
    other = NamedParty(0, 5, PartyRole.OTHER)
    got = features_party_polarity(Utterance(text, "said", "say", False, parties=(other,)))
    # another party's negated clause and the speaker's own negated future, apart
    assert got == ["pp:OTHER~", "pp:SELF~:will"]
    mine = Utterance("Zorland would sign the accord", "said", "say", False,
                     parties=(NamedParty(0, 7, PartyRole.SELF),))  # fmt: skip
    assert features_party_polarity(mine) == ["pp:SELF:would"]
    # the clause ends at a comma: a negation after it is not the party's
    late = Utterance("Zorland signed, not without doubts", "said", "say", False,
                     parties=(NamedParty(0, 7, PartyRole.OTHER),))  # fmt: skip
    assert features_party_polarity(late) == []
    assert features_party_polarity(Utterance("the talks will resume", "said", "say", False)) == []


def test_an_infinitive_reads_with_its_governor_and_polarity() -> None:
    def inf(text: str) -> list[str]:
        return features_infinitive(Utterance(text, "said", "say", False))

    assert inf("the guild is ready to bargain") == ["inf:bargain", "inf:readi:bargain"]
    # a negation before the governor marks both; "yet" between them is skipped
    assert inf("the guild is not yet willing to bargain") == [
        "inf~:bargain", "inf~:will:bargain",
    ]  # fmt: skip
    # a named party told to act reads as NAME, whatever its name
    assert inf("asked Zorland to pull back its ships") == inf("asked Vexia to pull back its ships")
    assert inf("asked Zorland to pull back its ships") == ["inf:pull", "inf:NAME:pull"]
    # "to" before a determiner or a number is a preposition, not an infinitive
    assert inf("they went to the table with 3 demands, up to 5") == []


def test_a_contrastive_negation_is_told_from_a_refusal() -> None:
    def ct(text: str) -> list[str]:
        return features_contrast(Utterance(text, "said", "say", False))

    # the negation denies a part of the clause, not its act
    assert ct("the levy is a toll on ships, not a tax on crews") == ["ct:commanot", "neg:contrast"]
    assert ct("the guild wants it in writing, not only in speeches") == [
        "ct:notonly", "neg:contrast",
    ]  # fmt: skip
    assert ct("they asked for a pause rather than a halt") == ["ct:rather"]
    # a negation of the act itself stays a core negation, beside a contrastive one
    assert ct("the guild will not sign, not a word of it") == ["ct:commanot", "neg:core"]
    assert ct("the guild will not sign the accord") == ["neg:core"]
    # ", not least" is no contrast: "least" is not a function word opening a phrase
    assert ct("many things matter, not least the money") == ["neg:core"]
    assert ct("the talks will resume") == []


def test_the_main_predicate_reads_with_its_modality_and_polarity() -> None:
    def pv(text: str, lemma: str = "say") -> list[str]:
        return features_predicate(Utterance(text, "said", lemma, False))

    # after an auxiliary or a modal, over a negator: the clause's verb, denied
    assert pv("the guild had not ratified the pact") == [
        "pv:ratifi", "pm~", "pc:say~", "pv~:ratifi",
    ]  # fmt: skip
    assert pv("they would never sign it", "insist") == [
        "pv:sign", "pm~:would", "pc:insist~:would", "pv~:would:sign",
    ]  # fmt: skip
    # after a pronoun or a name that ends the subject: the next content word
    assert pv("Lisbon dropped its claim on the harbour") == ["pv:drop", "pm", "pc:say"]
    # an infinitive opening the words ("agreed to resume the tariffs")
    assert pv("to resume the tariffs", "agree") == ["pv:resum", "pm", "pc:agree"]
    # a copula before a predicative adjective reads the adjective
    assert pv("the board is ready to bargain") == ["pv:readi", "pm", "pc:say"]
    # the possessive "'s" is no auxiliary: the copula after the subject is the predicate
    assert pv("the firm's bid is an affront") == ["pv:is", "pm", "pc:say"]
    # a clause with no predicate in reach
    assert pv("a pity, really") == ["pv:none"]


def test_the_refined_predicate_needs_a_finite_verb_and_passes_adverbs_over() -> None:
    def pv(text: str) -> list[str]:
        return features_predicate(Utterance(text, "said", "say", False))

    # a name's next word is its verb only when it looks finite
    assert pv("Lisbon harbour pilots met") == ["pv:met", "pm", "pc:say"]
    # a past form after a lower-case noun ends the subject
    assert pv("the pact delivered a raise") == ["pv:deliv", "pm", "pc:say"]
    # adverbs between the auxiliary and its verb are passed over
    assert pv("the guild had already signed") == ["pv:sign", "pm", "pc:say"]
    assert pv("they would rather wait") == ["pv:wait", "pm:would", "pc:say:would", "pv:would:wait"]
    # the lighter half: only the modality and polarity, alone and with the cue
    polarity = features_predicate_polarity(Utterance("we would never sign", "said", "say", False))
    assert polarity == ["pm~:would", "pc:say~:would"]


def test_a_feature_of_one_negotiation_alone_is_not_learnt() -> None:
    from parley.extract.train import _shared_features

    bags = [["w:talk", "w:tariff"], ["w:talk", "w:hostag"], ["w:talk", "w:tariff"]]
    assert _shared_features(bags, ["trade", "gaza", "trade"], 2) == [
        ["w:talk"], ["w:talk"], ["w:talk"],
    ]  # fmt: skip
    assert _shared_features(bags, ["trade", "gaza", "labour"], 2) == [
        ["w:talk", "w:tariff"], ["w:talk"], ["w:talk", "w:tariff"],
    ]  # fmt: skip


def test_a_periphrastic_future_reads_as_its_modal() -> None:
    def words(text: str) -> set[str]:
        return {f for f in features(Utterance(text, "said", "say", True)) if f[:2] in "w:b:"}

    assert words("but it is bound to happen again") == words("but it will happen again")
    assert words("they were going to sign") == words("they would sign")
    # a copula and "to" that are no future stay as they are
    assert "w:bound" in words("the ships bound to the port")
    assert "w:is" in words("the goal is to sign")


# -- the model -----------------------------------------------------------------------------


def test_fit_and_round_trip(tmp_path: Path) -> None:
    bags = [["w:reject", "cue:say"], ["w:welcom", "cue:say"]] * 3
    labels = ["REJECT", "SUPPORT"] * 3
    model = fit_linear(bags, labels, c=10.0)
    assert model.predict(["w:reject"]) == "REJECT"
    assert model.predict(["w:welcom"]) == "SUPPORT"
    clf = StatementClassifier(event=model, stance=model)
    path = tmp_path / "m.json"
    clf.save(path)
    again = StatementClassifier.load(path)
    assert again.event.predict(["w:reject"]) == "REJECT"
    assert again.event.classes == model.classes


def test_class_weights_lift_a_rare_class() -> None:
    # "w:both" is seen four times with the common class and twice with the rare one: the
    # unweighted fit gives it to the common class, the balanced one to the rare class
    bags = [["w:both"]] * 4 + [["w:other"]] * 8 + [["w:both"]] * 2 + [["w:rare"]]
    labels = ["AGREE"] * 12 + ["REJECT"] * 3
    plain = fit_linear(bags, labels, c=10.0)
    weighted = fit_linear(bags, labels, c=10.0, balance=1.0)
    assert plain.predict(["w:both"]) == "AGREE"
    assert weighted.predict(["w:both"]) == "REJECT"
    assert weighted.predict(["w:other"]) == "AGREE"
    # three classes: one weighted binary fit per class
    three = fit_linear(bags + [["w:x"]] * 2, [*labels, "SUPPORT", "SUPPORT"], 10.0, balance=0.5)
    assert three.classes == ("AGREE", "REJECT", "SUPPORT")
    assert three.predict(["w:x"]) == "SUPPORT"


def test_naive_bayes_blend_is_one_linear_model() -> None:
    bags = [["w:reject", "cue:say"], ["w:welcom", "cue:say"], ["w:talk", "cue:meet"]] * 3
    labels = ["REJECT", "SUPPORT", "CONSULT"] * 3
    plain = fit_linear(bags, labels, c=10.0)
    blend = fit_linear(bags, labels, c=10.0, nb=0.3, weights=[1.0, 0.5, 1.0] * 3)
    assert blend.classes == plain.classes and blend.vocabulary == plain.vocabulary
    assert blend.coef.shape == plain.coef.shape and not (blend.coef == plain.coef).all()
    for bag, label in zip(bags[:3], labels[:3], strict=True):
        assert blend.predict(bag) == label


def test_shipped_model_is_loaded_and_codes_plover() -> None:
    assert MODEL_PATH.exists(), "run python -m parley.extract.train"
    clf = default_classifier()
    assert clf is not None
    assert set(clf.event.classes) <= set(EVENT_TYPES)
    assert set(clf.stance.classes) <= set(STANCES)
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert "negotiations/test" not in json.dumps(data["meta"])
    got = clf(Utterance("we reject this proposal outright", "said", "say", False))
    assert isinstance(got, Coding)
    assert got.event in EVENT_TYPES and got.stance in STANCES


@pytest.mark.parametrize(
    "text, cue, lemma, event",
    [
        ("the union had turned down the latest offer", "said", "say", "REJECT"),
        ("the rebels of violating the truce", "accused", "accuse", "ACCUSE"),
        ("both sides to return to the table", "urged", "urge", "REQUEST"),
        ("the delegations met for six hours in Jeddah", "said", "say", "CONSULT"),
    ],
)
def test_shipped_model_on_unseen_wording(text: str, cue: str, lemma: str, event: str) -> None:
    clf = default_classifier()
    assert clf is not None
    assert clf(Utterance(text, cue, lemma, False)).event == event


def test_training_is_deterministic_and_never_reads_the_test_part() -> None:
    from parley.extract import train as training

    articles = [a for a in training.corpus() if a.group in ("labour", "plastics")]
    assert articles and all("test" not in a.name for a in articles)
    for a in articles:
        a.examples = training.examples(a)
    first = training.train(articles, c=4.0).to_dict()
    second = training.train(articles, c=4.0).to_dict()
    assert first == second
    assert first["meta"]["trained_on"] == ["labour", "plastics"]


@pytest.mark.parametrize(
    "folder",
    ["tests/data/negotiations/test", "tests/data/negotiations/test2",
     "tests/data/negotiations/test3", "tests/data/negotiations/test4",
     "tests/data/negotiations/test5", "tests/data/negotiations/test6",
     "tests/data/negotiations/test7", "tests/data/negotiations/test8",
     "tests/data/negotiations/test9", "tests/data/negotiations/test10",
     "tests/data/negotiations/test11", "tests/data/negotiations/test12",
     "tests/data/negotiations/test13", "tests/data/negotiations/test14",
     "tests/data/negotiations/test15",
     "tests/data/negotiations/test16",
     "tests/data/negotiations/test17",
     "tests/data/negotiations/test18",
     "tests/data/negotiations/test19",
     "tests/data/negotiations/test20",
     "tests/data/negotiations/test21",
     "tests/data/negotiations/test22",
     "tests/data/negotiations/test23",
     "tests/data/negotiations/test24",
     "tests/data/negotiations/test25",
     "tests/data/negotiations/test26",
     "tests/data/negotiations/test27",
     "tests/data/negotiations/test28",
     "tests/data/negotiations/test29",
     "tests/data/negotiations/test30",
     "tests/data/negotiations/test31",
     "tests/data/negotiations/test32",
     "tests/data/negotiations/test33",
     "tests/data/negotiations/test39",
     "tests/data/negotiations/test40",
     "tests/data/negotiations/test41",
     "tests/data/negotiations/test42",
     "tests/data/negotiations/test43",
     "tests/data/negotiations/test44",
     "tests/data/negotiations/test45",
     "tests/data/negotiations/test46",
     "tests/data/negotiations/test47",
     "tests/data/negotiations/test48",
     "tests/data/negotiations/test49",
     "tests/data/negotiations/test50",
     "tests/data/negotiations/test51",
     "tests/data/negotiations/test52",
     "tests/data/negotiations/test53",
     "tests/data/negotiations/test54",
     "tests/data/negotiations/test55",
     "tests/data/negotiations/test56",
     "tests/data/negotiations/test57",
     "tests/data/negotiations/test58",
     "tests/data/negotiations/test59",
     "tests/data/negotiations/test60",
     "tests/data/negotiations/test61",
     "../shared/gold",
     "../shared/seed"],
)  # fmt: skip
def test_training_refuses_the_frozen_parts_and_the_seed(
    folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.extract import train as training

    monkeypatch.setattr(training, "SOURCES", ((folder, None, None),))
    with pytest.raises(ValueError, match="never trained on"):
        training.corpus()


def test_spent_parts_train_only_when_asked_and_never_a_frozen_one() -> None:
    from parley.extract import train as training

    plain = training.corpus()
    with_spent = training.corpus(spent=True)
    spent = [a for a in with_spent if a.spent]
    assert not any(a.spent for a in plain)
    assert {a.name for a in plain} <= {a.name for a in with_spent}
    assert spent and len(with_spent) == len(plain) + len(spent)
    # only the parts listed as spent (test to test13, test17 to test29, test32 to test39):
    # test14 to test16 (scored, spent, and kept out of training so that they measure the
    # event model on text it never saw), test30 and test31 (validation) and the frozen parts
    # are never read
    names = {p.rsplit("/", 1)[1] for p in training.SPENT}
    assert names == {"test", *(f"test{i}" for i in [*range(2, 14), *range(17, 30), *range(32, 40)])}
    assert not names & {"test14", "test15", "test16", "test30", "test31"}
    assert set(training.PART_WEIGHTS) <= names
    # beside them, the parts that train the event model alone (evt30), never one of SPENT
    only = set(training.EVENT_ONLY_PARTS)
    assert not only & names and not only & {"test14", "test15", "test16", "test30", "test31"}
    # each spent article knows its part (leave-one-part-out holds the parts out in turn)
    assert {a.part for a in spent} == names | only and not any(a.part for a in plain)
    assert [training._part_order(p) for p in ("test", "test2", "test13")] == [1, 2, 13]
    parts = ROOT / "tests/data/negotiations"
    frozen = [d for d in parts.glob("test*") if d.is_dir() and d.name not in names | only]
    # the hold-out and the frozen parts (and test40 until it trains)
    assert {d.name for d in frozen} == {
        "test14",
        "test15",
        "test16",
        "test30",
        "test31",
        "test40",
        "test41",
        "test42",
        "test43",
        "test44",
        "test45",
        "test46",
        "test47",
        "test48",
        "test49",
        "test50",
        "test51",
        "test52",
        "test53",
        "test54",
        "test55",
        "test56",
        "test57",
        "test58",
        "test59",
        "test60",
        "test61",
    } - only
    for folder in frozen:
        held = {p.name[: -len(".txt")] for p in folder.glob("*.txt")}
        assert not {a.name for a in with_spent} & held
    # an unseen Ukraine-plan article of a spent part joins the Ukraine negotiation, so that
    # holding Ukraine out holds it out too
    assert {a.group for a in spent if a.name.startswith("ukr-")} == {training.UKRAINE}


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("if Kyiv refused, Russian forces would go on taking territory", True),
        ("If the union does not accept the offer, the company will close the plant", True),
        ("Should Hamas reject the text, Israel would resume the offensive", True),
        ("unless the hostages are freed, there will be consequences", True),
        ("if the talks succeed, the ceasefire will hold", False),
        ("the union would not strike if the offer improved", False),
        ("the deal does not cover steel, and tariffs will stay", False),
    ],
)
def test_a_conditional_warning_is_a_threat(text: str, threat: bool) -> None:
    from parley.extract.classifier import CONDITIONAL_WARNING, default_coder
    from parley.extract.features import Utterance

    assert (CONDITIONAL_WARNING.search(text) is not None) is threat
    if threat:
        assert default_coder()(Utterance(text, "said", "say", False, None)).event == "THREATEN"


def test_spent_parts_teach_the_stance_model_too() -> None:
    from parley.extract import train as training

    def article(name: str, spent: bool, rows: list[tuple[str, str, str]]) -> training.Article:
        a = training.Article(name, name, "", [], None, spent, "test99" if spent else None)
        a.examples = [
            (Utterance(text, "said", "say", False), {"event": event, "stance": stance})
            for text, event, stance in rows
        ]
        return a

    dev = article("dev", False, [("we back the plan", "SUPPORT", "support"),
                                 ("we reject the plan", "REJECT", "oppose")] * 3)  # fmt: skip
    spent = article("spent", True, [("we back the plan but not its terms", "SUPPORT", "mixed"),
                                    ("we welcome the deal", "SUPPORT", "support")] * 3)  # fmt: skip
    both = training.train([dev, spent], c=4.0, event_nb=0.0)
    dev_only = training.train([dev, spent], c=4.0, event_nb=0.0, stance_spent=False)
    assert training.STANCE_SPENT
    assert both.meta["stance_examples"] == 12 and dev_only.meta["stance_examples"] == 6
    assert both.meta["event_examples"] == dev_only.meta["event_examples"] == 12
    assert "mixed" in both.stance.classes and "mixed" not in dev_only.stance.classes


def test_the_stance_model_reads_its_own_extras_and_keeps_them(tmp_path: Path) -> None:
    # a stance model that reads the party-polarity extra: "we will not sign" opposes where
    # the words alone ("sign", which also supports) say nothing of whose refusal it is
    stance = fit_linear(
        [["pp:SELF~:will", "w:sign"], ["w:sign"], ["w:welcom"]] * 3,
        ["oppose", "support", "support"] * 3,
        c=10.0,
    )
    event = fit_linear([["w:sign"], ["w:welcom"]] * 3, ["AGREE", "SUPPORT"] * 3, c=10.0)
    refusal = Utterance("we will not sign this accord", "said", "say", False)
    reading = StatementClassifier(event=event, stance=stance, stance_extras=("partypol",))
    blind = StatementClassifier(event=event, stance=stance)
    assert reading.code(refusal).stance == "oppose"
    assert blind.code(refusal).stance == "support"
    path = tmp_path / "m.json"
    reading.save(path)
    assert StatementClassifier.load(path).stance_extras == ("partypol",)
    assert "stance_extras" not in blind.to_dict()


def test_written_examples_may_weigh_apart_for_the_stance_model() -> None:
    from parley.extract import train as training

    a = training.Article("dev", "dev", "", [], None)
    a.examples = [
        (Utterance(text, "said", "say", False), {"event": event, "stance": stance})
        for text, event, stance in [("we back the plan", "SUPPORT", "support"),
                                    ("we reject the plan", "REJECT", "oppose")] * 3
    ]  # fmt: skip
    # written examples that read the same words as opposing: heavy, they turn the stance
    # model; at the event model's light weight they do not
    written = [(Utterance("we back the plan", "said", "say", False),
                {"event": "SUPPORT", "stance": "oppose"})] * 6  # fmt: skip
    probe = Utterance("we back the plan", "said", "say", False)

    def fit(stance_weight: float | None) -> StatementClassifier:
        return training.train([a], c=4.0, extra=written, extra_weight=0.05, extra_stance=True,
                              event_nb=0.0, stance_weight=stance_weight)  # fmt: skip

    assert fit(None).code(probe).stance == "support"  # the event's weight, 0.05
    heavy = fit(5.0)
    assert heavy.code(probe).stance == "oppose"
    assert heavy.meta["written_stance_weight"] == 5.0 and heavy.meta["written_weight"] == 0.05


def test_a_part_may_weigh_more_or_less_than_the_others() -> None:
    from parley.extract import train as training

    def article(part: str | None, rows: list[tuple[str, str, str]]) -> training.Article:
        a = training.Article(part or "dev", part or "dev", "", [], None, part is not None, part)
        a.examples = [
            (Utterance(text, "said", "say", False), {"event": event, "stance": stance})
            for text, event, stance in rows
        ]
        return a

    # the development articles read "we will study the offer" as a consultation, a newer
    # part reads the same words as a rejection: which wins depends on the part's weight
    dev = article(None, [("we will study the offer", "CONSULT", "mixed"),
                         ("we accept the offer", "AGREE", "support")] * 3)  # fmt: skip
    new = article("test99", [("we will study the offer", "REJECT", "oppose")] * 2)
    probe = Utterance("we will study the offer", "said", "say", False)

    def fit(**kw: Any) -> StatementClassifier:
        return training.train([dev, new], c=4.0, event_nb=0.0, **kw)

    plain = fit()
    assert plain.code(probe).event == "CONSULT" and "part_weights" not in plain.meta
    heavy = fit(part_weights={"test99": 4.0})
    assert heavy.code(probe).event == "REJECT"
    assert heavy.code(probe).stance == "oppose"
    assert heavy.meta["part_weights"] == {"test99": 4.0}
    # balanced by size, the short part counts as much as the long one
    balanced = fit(part_balance=1.0)
    assert balanced.meta["part_weights"]["test99"] > 1.0 > balanced.meta["part_weights"]["dev"]
