"""Whose position a reported clause states (hearsay), from its dependency parse.

"The mediator said [the union had rejected the latest offer]": the reported clause's
main predicate is *rejected* and its subject *the union* holds the position. The rule is
about clause structure, not about a list of position words:

- the main predicate of the clause, and the predicates coordinated with it ("... and
  that China would supply magnets"), give their subjects, in that order, whatever the
  verb: a party's position, act or conduct told or judged by somebody else is hearsay
  (the spec: the actor "whose position or act the speaker reports or evaluates"); a
  copula gives its subject only with a disposition ("is ready");
- a predicate of saying, telling or believing with a clausal complement ("Kagame told me
  that Rwanda is ready", "Trump had told him Thailand had agreed") reports a position one
  level down: the inner subject comes first, the teller second;
- so does a copula whose adjective takes a "that" clause, a feeling or verdict about a
  fact ("he was disappointed [that Zelensky had not read it]"); "mean" counts as telling
  ("the insistence meant [Russia] had not moved"), "show" does not (the gold reads "the
  deal showed that Moscow ..." as nobody's position in most articles);
- a quotation that opens with no subject or with the speaker's own ("No.", "We have no
  problem with a third party.") takes its holder from its second sentence ("It is India
  that says it is bilateral");
- a nominal complement ("accused [Thai troops] of shelling", "called [Ukraine's refusal]
  a mistake") is held by the noun phrase itself;
- some clauses are nobody's position, and say so (a :class:`Holder` with ``nobody``
  set, so that no weaker rule guesses one after the parse): a condition ("if Russia
  accepts"), an obligation laid on a party ("Israel must stop the bombing", "the SDF
  had to disarm": the speaker's demand), a verdict with a copula ("Turkey is the clear
  winner", unless its adjective is a disposition: "ready", "willing", "opposed", or
  raises its subject's act: "likely to ask"), and a
  subject of several coordinated parties ("India and Pakistan had agreed": a joint
  position). A passive subject ("the plan was raised") holds nothing, but rules out
  nobody. A pronoun subject ("it", "they", "he") holds what it stands for (the
  pipeline finds its antecedent); in a clause told by a named teller ("Trump had told
  Carney [he] was open", "the Americans had assured Kyiv [they] would not") it stands
  for the teller;
- a cleft puts the holder after the copula ("it was [the Houthis] who asked");
- a verdict on a stated position is that position's ("[the American demand] was
  excessive": the spec's "Serbia's acceptance of the plan is a good sign"); a title
  belongs to its possessor ("[Pakistan's] Director General had called"); a party and its
  own camp ("Saudi Arabia and its allies") are one holder, and the partners of one
  party's act ("Egypt's cooperation with Eritrea and Somalia") do not make it joint.

Measured on the development sets (negotiations dev / Ukraine dev), hearsay accuracy with
about accuracy in brackets: the earlier parse rule (position verbs only, no telling, no
nominal complements) 0.31 / 0.58; a verb class of positions, speech and acts toward a
deal (about 60 verbs) 0.32 / 0.58 (0.882 / 0.964); every predicate, as now, 0.43 / 0.67
(0.879 / 0.937). Most of the new disagreements with the gold are evaluations of a party
the annotators read as hearsay in one article and not in another ("Ukraine's leadership
had shown zero gratitude"). The word patterns of ``classify.about_of`` still run where
the parse decides nothing: without them hearsay falls and the seed article's from 1.0 to
0.0.

The clefts, tellers, verdicts on positions, titles and own camps (with the pipeline's
rules that a party named outright in a holder outweighs a role word's side from the
context, "the [Moroccan] side", and that "he" or "they" in a quotation is never its
speaker) took hearsay accuracy from 0.485 to 0.525 on the negotiations dev set, from 0.550
to 0.621 on the five spent test parts pooled and from 0.833 to 1.0 on the Ukraine dev set,
about accuracy from 0.878 / 0.880 / 0.928 to 0.884 / 0.890 / 0.937 (20 statements fixed,
one lost; 6 of the 20 on the negotiations dev set, 12 on the spent parts, 2 on the
Ukraine dev set). Letting
any possessor hold its noun ("[Hezbollah's] walkout was a warning") or reading the clause
a non-party subject "showed" fixed 6 more and broke 20 statements the gold leaves
without a holder ("Seoul's hopes were a pipe dream"): not kept.

Rules added from the spent parts' misses (test7-test10), each measured on the negotiations
dev set, the pooled spent parts test-test6 and test7-test10 (3,338 statements scored for
``about``, 357 with a holder in the gold); together hearsay 235 -> 251 of 357, about
accuracy 0.907 -> 0.911 (16 fixed, 2 lost):

- "expect" with an infinitive ("she expected [Russia] to return"): a forecast of the
  party's act when the speaker has no side; from a speaker with one it is its demand,
  nobody's ("Damascus expected the SDF to hand over ..."). +1; as a plain verb of telling
  it broke 10 demands;
- the by-agent of a passive verb of telling is the teller ("allies had been told [by U.S.
  negotiators] that ..."), and a party's position noun stays its own as a passive subject,
  also after a quantifier ("some of the [Russian objections] can be dealt with"). +2, -1
  (the gold leaves "some of the American proposals can be dealt with" nobody's); the agent
  of every passive broke 3 more;
- a clause that is nobody's position (a verdict, an obligation) leaves a later coordinated
  clause ("..., and that China would put off its controls") to its holder (pipeline). +3,
  -1;
- an act with its by-agent, as a verdict's complement ("talk of tribunals was [an attempt
  by Europe] to sabotage") or a verb's object ("amounts to [recognition of Kosovo by
  Serbia]"; not a circumstance, "in the first visit by its officials"). +3; the agent of a
  subject noun ("the decision by Russia will strike a blow") broke 2;
- a causal clause ("because", "since", "as") after a main clause whose subject is no party
  ("farmers had lost crops [because Mexico ignored its obligations]"), and the object of a
  verb of persuading before the persuader ("unable to persuade [Kyiv] to participate", as
  the word patterns read it). +3;
- more nouns that stand for a party when a demonym or name qualifies them ("no [Chinese
  personnel] had inspected the cargo"): personnel, staff, police, inspectors ... +1
  ("soldiers" too broke one, a plight rather than a position; "ambassador", "embassy" and
  "envoys" one on the new dev articles: "our ambassador [in Kyiv]" names the host);
- a pronoun subject of a verb of saying, or a pronoun told of by one, in a quotation whose
  paragraph names nobody ("At home, [he] is saying he will not surrender") is the known
  person the text names most often before it (pipeline). +1; for every "he"/"she" in a
  quotation: +1, -2 ("She shuts the door on Seoul");
- a verdict whose complement is what a party states or asks for ("the document was [the
  wish list of the Russians]", "[Beijing's] agenda"). +1; any complement's possessor or
  "of" party broke 6 ("it was now Israel's turn");
- a position noun received from a party ("Ankara had received [assurances from
  Washington]"). +1.

Tried and not kept: "at X's request" / "at the request of X" (+0 and 2 lost: the gold
leaves "at the request of Saudi Crown Prince ..." and "at Kinshasa's invitation" nobody's,
and the one miss lies beyond ``HOLDER_REACH``); "show" as a verb of telling again (+3,
-9); the clauses coordinated inside a told clause ("said that A, and that B") (+1, -1);
an unqualified state body ("the army leadership") as the dateline's or the article's
main state (+0, -14).

Rules added from the errors of the spent test12 (the best picture of unseen text), read
with those of test5-test11 and the negotiations dev set (4,078 statements scored for
``about`` over all sets, 397 with a holder in the gold; the counts of each rule below are
over all sets). On negdev and test5-test12 the false alarms (``about`` set where the gold
has none) went from 173 to 119 and the misses from 78 to 75; hearsay accuracy on test12
0.40 -> 0.60, about accuracy 0.914 -> 0.946:

- an accusation's charge ("accused [X] of ...") makes X the holder only when it names the
  deal or its breach (``DEAL_WORDS``: "of violating the truce", "of reneging on parts of the
  deal", "of backing away from compromises it had accepted"); a charge of conduct ("of
  trying to occupy the shoal", "of militarising the Arctic") is nobody's position, as the
  spec reads accusations unrelated to the deal. 35 false alarms gone, 4 hits lost (the gold
  codes "of choosing war", "of shelling villages after the calls", "of looking for a
  pretext", "of an uncooperative attitude" as hearsay);
- a passive verb of telling coordinated with an active one ("Kyiv's delegation raised the
  issue and [was told by the American side] that ...") gives its by-agent, and that teller
  outweighs the speaker's own side holding the first verb; "sources", "friends",
  "interlocutors" stand for the party that qualifies them ("told by friends in
  Washington"). +2 (test12); "contacts" broke 2 ("contacts with Washington" are meetings);
- a party's draft or counterproposal is its stated position, like its proposal. +2, and
  what such a proposal could come to ("[the US draft] could be the basis", "[the American
  proposals] could serve as", "[a new Chinese demand] could end it") is the speaker's
  assessment, nobody's. 5 false alarms gone;
- a subjunctive told ("asked [that Washington lift sanctions]", read so also when the tagger
  gives a plural form after a singular noun) and a hope ("China hoped [the EU would keep its
  market open]") state what the teller wants: the teller holds them. +1, 5 false alarms;
- the addressee of a directive ("urged [the government] to review the law": a subject with
  an infinitive) holds nothing. 2 false alarms;
- a party that has shown or learned something ("Germany has shown that a life sentence can
  be negotiated", "China has learned that it can work on Berlin") is the speaker's lesson,
  unless what it shows is a desire ("was showing that he wants the war"). 5 false alarms;
- a consequence under a condition set before it ("If Doha stalls, Washington stalls with
  it") is a forecast; a condition after a party's act stays its conditional offer ("ready to
  stop firing if Pakistan did the same"). 3 false alarms;
- a first clause held by several parties leaves a coordinated "and that" clause to its
  holder, as a joint subject does. +1; and "it" opening such a clause goes on with the first
  clause's subject ("[Moscow] had received the list from Washington and that [it] agreed"),
  not the party named last. 3 false alarms;
- in a quotation the word patterns of ``classify.about_of`` read only a party that opens a
  sentence as its subject ("... the Ukrainian side. [Ukraine] is against it."), not one
  named anywhere ("Nobody in Brussels wants", "Leaving ECOWAS cannot mean", "We cannot force
  Ukraine"). About 10 false alarms gone, the seed article's hit kept.

Tried and not kept: "for" as an accusation's preposition too ("blamed [European
governments] for trying to derail the U.S. effort": -1 hit for +1); a group speaker's own
side without its member states (the EU telling of Paris's insistence: +0, -1); the emphatic
reflexive of a counter-accusation ("Washington had itself introduced restrictions", 3 false
alarms) left alone, as "Moscow itself had proposed the format" would be a position.

What is left, by construction (negdev and test5-test12): false alarms of reported
accusations of conduct with a finite verb ("Russia was using food as a weapon", 27: the gold
codes as many alike as hearsay, "Putin was playing for time"), quotations from speakers with
no side judging a party ("Turkey wants to be the referee", 24) and other reported clauses
with a party subject the gold leaves to nobody (34), with 16 from a wrong speaker actor;
misses that need a party code the gazetteer lacks (Transnistria, Gibraltar: 3 of test12's
4 left), a wrong speaker actor (8), a clause nested below the first (11), a possessor of an
act ("[Mexico's] deliveries were far below", 7) and context ("the government", "the offer",
26).

Rules added from the errors of the spent test13 (read with test-test12 and the
negotiations dev set: 412 statements with a holder in the gold over all sets, 181 false
alarms before); together hearsay 298 -> 310 of 412 (test13 5 -> 7 of 11), false alarms 181
-> 174 (each rule's counts below):

- an unqualified "the government" (no party named on it, nor on a government before)
  stands for the state the paragraph is about, else the dateline's or the article's (as a
  state body that speaks does), but only as the subject of a predicate that states a
  position (``position``: "had promised to compensate families", "had accepted", "was
  ready to") or of a clause coordinated after the speaker's first ("the senators had come
  in friendship and that [the government] had chosen not to receive them"): its conduct
  judged ("the government was spending lives", "had trampled on the right to strike",
  "chose to ignore us") is a critic's charge at home, which the gold leaves to nobody. +3,
  1 new false alarm (the gold reads one opposition leader's "the government had agreed to a
  two-tier tax" as nobody's and her "the government is paying billions" as hearsay); for
  any predicate +4 and 25 false alarms;
- a subject joint only by coordination keeps its conjuncts (:class:`Conjunct`): when
  they name one party between them ("ordinary Ukrainians and officials", a bare party noun
  sharing the qualification before it) it is that party's position, when they name no
  party ("reconstruction money and the pressure on Israel") the clause's teller holds it;
  a conjunct with a determiner or possessor of its own ("his officers and Haitian police",
  "the Houthis and the government") or no party ("Trump and friendly countries") leaves it
  joint. +2; reading the parties over the whole phrase instead broke 4 ("Representatives
  of Maduro and the opposition", "both the army and the RSF");
- a past act told by a clause of time ("after", "once", "when") after a subject that is no
  party, as by a causal one ("the offer had been made [after U.S. officials asked for a
  gesture]", also after a passive); a future one ("once Russia withdraws") is a condition.
  +1;
- a reported clause whose main verb is bare after its subject ("[that] he explain himself
  to Congress", "the government publish every draft") is a subjunctive: the speaker's
  demand, nobody's position, as one told after a verb of asking is. 1 false alarm gone;
- a party's position told in a relative clause on the predicate's object or complement
  ("a violation of the commitments [Rwanda had made]", "a ceasefire [that Russia has
  refused]"): a verb of position, or "made"/"gave" on a position noun, with a party
  subject; after the clause's own subject, or before it when that subject's clause is a
  verdict ("the offensive was a clear violation ..."); not with a modal ("the cheapest
  concession Washington [could] offer": a possibility). +1.

False alarms read off test12 and test13 (checked on all sets: 181 -> 173, hits kept; the
counts are false alarms gone):

- the accusation's form that the parser reads as the subject of a later verb ("accused
  [European governments] of having toyed with the idea ..., a charge Paris has dismissed")
  is read as an accusation, its charge judged as any other's. 1;
- a party in a condition ("if", "unless", "until", a future "once") after a subject that is
  no party holds nothing, and no word pattern reads it either ("traffic could resume [once
  Kyiv accepts the new realities]", "she would keep the television off [until Japan said
  the words]"). 2;
- learning something ("[Ukrainians] had learned the cost of weak monitoring") is a lesson
  drawn, as learning that something is; not understanding it ("Washington had finally
  understood the realities": 2 hits lost when it was). 2;
- thanks or blame "for" something ("thanked [Picardo] for his work", "asked [the federal
  government] for help") is nobody's position unless what it is for names the deal or its
  breach (now also "derail", "scuttle", "torpedo": "blamed [European governments] for
  trying to derail the U.S. effort" kept). 2, and 1 from the accusation form above.

A party that tells ("[India] had made clear that it would not attend if ...", "[Washington]
had made clear that section 899 would stay unless ..."), holding the clause, makes it a
report of what that party said (``tells``): its warning or demand, which the pipeline no
longer drops as the speaker's own threat. +2, no false alarm.

A clause coordinated after the first ("said A, and that B": where it opens the pipeline
finds from the text) that the parser hung below the first one ("were close to a deal that
would be fair [and that India had cut its purchases]") is read from its own subject
(:func:`holders_at`), unless that subject is a pronoun. +3 ("and that the government had
accepted", "and that President X had ..."), 2 new false alarms (the gold reads "and that the IMF
has told us ..." as nobody's, and "and that Switzerland was making a fortune" as a charge
of conduct).

(The pipeline's "it" opening a coordinated clause goes on with the first clause's subject
also when an adverbial comes between "that" and it: 'and that "in general" [it] agreed'. 1
false alarm gone.)

(The pipeline's "the bloc" now stands for the body of states named before it, "the EU", not
the armed group named last: one false alarm gone, one other appears, "the bloc had spent more
time on sanctions" now resolving to ECOWAS, a charge of conduct the gold leaves to nobody.)

Rules added from the errors of the spent test13-test15 (read with all spent sets and the
negotiations dev set: 439 statements with a holder in the gold, 200 false alarms before);
together hearsay 336 -> 341 of 439 (test15 10 -> 14 of 18), false alarms 200 -> 194, one
miss now a wrong party:

- a pledge's content clause ("won [a commitment] that [the government] would look at tax
  relief") is its subject's position, not a subjunctive ("an undertaking that Kyiv
  withdraw"). +1;
- a stated position and the party it came from ("[the proposal] had come from [the
  Bougainville side]"). +1;
- "panel" and "committee" stand for the party that qualifies them ("the MILF panel had made
  clear"). +1;
- a holder that is somebody named but no party ("SOMO was ready ... as soon as the Turkish
  side is ready": a company) holds the clause for nobody (pipeline). 1 false alarm;
- a meeting reported ("negotiators ... met in Geneva", "advisers would meet in Kyiv, and that
  American representatives would join"), an intransitive unnegated "meet" or "join", is an
  event, nobody's position. 3 false alarms ("gather" too lost a hit);
- a people's opinion as a poll measures it ("[most Pakistanis] believed", "[the share of
  Ukrainians] ready to give up territory had grown": a quantifier or a portion of a
  capitalised plural) is nobody's position, as the gold reads every poll. 2 false alarms;
- in a person's reported words, "his"/"her" government, party, side or delegation is the
  speaker's own side, whatever actor the speaker was given (pipeline). 2 false alarms;
- a body with members of its own (the EU) speaks for itself and the wider group it sits in,
  not for its member states (``Gazetteer.voice_of``: "he told me Bulgaria remains
  committed", said by the EU's commissioner, is Bulgaria's). +2, 2 new false alarms the spec
  would read as hearsay ("the chancellor had urged them to agree", "Orban has his own view,
  he has said so"), and one miss now a wrong party ("Madrid insisted ... and Gibraltar
  accepted it": the gold takes Gibraltar).

Rules added from the spent sets' misses and false alarms read by structure (all spent
sets, docs/measurements.md "Hearsay errors by structure"; hits 357 -> 364 of 471, false
alarms 208 -> 201): an act of armed force reported is nobody's position (``_armed``; 5
false alarms); a named teller's forecast or judgement of another party is the teller's
view, only a stated position told stays the other party's (+1, 2 false alarms); a linking
verb with a disposition states a position ("remained committed", ``_LINKING``); "colleagues"
stands for a party; a name the parser hangs on the verb before a quotation is the subject
(``_quoted_after_name``); and, in the pipeline, "the authorities" as "the government" and a
position taken after another party's act (``_later_position``).

Rules added from the errors of test17-test21 read by structure (docs/measurements.md
"Hearsay on test17-test21 by structure"): a teller that is an unqualified government, or
the teller a pronoun stands for, states a position ("the authorities have told us they
will ..."), as a request or demand does ("the authorities have requested a waiver"); the
accusation's form whose accused the parser hangs on a later verb as a loose dependent; a
stated position "from" a party as a verdict's complement ("the holdup is a proposal from
China"); a raising passive with an infinitive ("[the Fund's mission] is expected to begin
talks", ``_RAISING``); and, in the pipeline, a body or office the roles know standing for
the party named right before it ("the [US] embassy had warned").

Rules added from test32-test38 (docs/measurements.md "hsy27"): verbs of assessing and
concluding tell another's view as believing verbs do; a verdict inside what an event shows
is the party's stance, not the speaker's judgement (``_of_predicate(shown=True)``); a
clause opening on a verb of showing, its subject taken by the cue, is shown by an event.
Development hearsay 679 -> 682 with the pipeline's named teller who is no party.

The pipeline maps a holder to a party through the mentions inside it; a holder whose
head is neither a party mention nor a noun that stands for one ("officials", "the
government", "the army", "the demand") holds nothing ("the controls pitted China
against the world").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from parley.extract.cues import SPEECH_LEMMAS, verb_forms

# Predicates whose clausal complement is somebody's reported view.
_BELIEF = frozenset(
    (
    "believe", "think", "know", "assure", "reassure", "inform", "tell", "promise", "warn", "signal",
    "indicate", "confirm", "convey", "say", "state", "insist", "make", "feel", "hope",
    "mean", "doubt", "suspect", "fear",
    # coming to know what another party holds: "he had heard [the government] was
    # satisfied", "had noticed that [Iranian negotiators] were more flexible"
    "hear", "notice", "gather", "sense",
    # assessing and concluding what another party holds: "the agency assessed [that the
    # North] expected help", "analysts concluded [Moscow] would not move"
    "assess", "conclude",
    )
)  # fmt: skip
# "China hoped [the EU would keep its market open]": the hoper's wish, not the EU's position
_HOPING = frozenset(f for v in ("hope", "wish") for f in verb_forms(v))
# "she expected [Russia] to return": a forecast of a party's act, told with an infinitive;
# from a speaker with a side of its own it is the speaker's demand ("Damascus expected the
# SDF to hand over the oil fields"), which the pipeline leaves to nobody
_EXPECTING = verb_forms("expect")
# Passives that raise the subject of their infinitive: "[X] is expected to begin talks",
# "[X] was said to be ready", "[X] is believed to have accepted"
_RAISING = frozenset(
    f
    for v in ("expect", "say", "believe", "report", "think", "understand", "know", "see")
    for f in verb_forms(v)
)
# The parser runs without a lemmatizer or POS mapping: words are matched by form, and
# word classes read from the fine-grained tags.
_TELLING = frozenset(f for v in _BELIEF | SPEECH_LEMMAS for f in verb_forms(v))
_BE = frozenset(("be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "am"))
_CONDITIONS = frozenset(("if", "unless", "whether", "once", "until", "provided"))
_CAUSES = frozenset(("because", "since", "as"))
# "the breakthrough came [once London dropped the bill]", "the offer was made [after U.S.
# officials asked for a gesture]": a past act that a clause of time tells (a future one,
# "once Russia withdraws", is a condition)
_TIMES = frozenset(("after", "once", "when"))
_CIRCUMSTANCES = frozenset(("in", "during", "after", "before", "since", "at", "amid", "despite"))
# The party nouns that name a stated position rather than whoever states it: judged with a
# copula ("the American demand was excessive") they are still that party's position.
POSITION_NOUNS = frozenset(
    (
    "demand", "demands", "proposal", "proposals", "offer", "refusal", "rejection",
    "acceptance", "position", "response", "reply", "request", "insistence", "objection",
    "objections", "condition", "conditions",
    "statement", "statements", "words", "remarks", "comments", "line", "bid", "pledge",
    "promise", "promises", "commitment", "commitments", "ultimatum", "assurances", "draft",
    "drafts", "counterproposal", "counter-proposal", "counteroffer", "counter-offer",
    # dispositions named as nouns ("ready" -> "readiness"): a party's stand
    "willingness", "unwillingness", "readiness", "reluctance", "eagerness", "appetite",
    "openness", "determination", "claim", "claims", "stance",
    # a way of bargaining: "[Jakarta's approach] was balanced" is Jakarta's stand
    "approach",
    )
)  # fmt: skip
# Nouns that stand for a party or for a party's stated position.
PARTY_NOUNS = POSITION_NOUNS | frozenset(
    (
    "official", "officials", "government", "administration", "authorities", "side",
    "leadership", "leader", "leaders", "delegation", "delegations", "negotiator",
    "negotiators", "team", "army", "military", "troops", "forces", "force", "ministry",
    "president", "minister", "cabinet", "regime", "diplomats", "envoy", "camp", "rebels",
    "movement", "group", "militia", "union", "parliament", "counterpart", "counterparts",
    "spokesman", "spokeswoman", "spokesperson", "commander", "commanders", "partners",
    "personnel", "staff", "police", "navy", "officer", "officers", "guards", "inspectors",
    "investigators", "representatives", "lawmakers", "prosecutors", "regulators", "ministers",
    "agents", "sources", "friends", "interlocutors", "colleagues", "panel", "panels", "committee",
    "committees",
    )
)  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass")
# Subject pronouns that stand for another party or person ("Trump said ... it would buy
# 100 Boeing aircraft"); "we" and "I" are the speaker's own side.
THIRD_PERSON = frozenset(("it", "they", "he", "she"))
_FIRST_PERSON = frozenset(("we", "i"))
_OBLIGATION = frozenset(("must", "should", "ought"))
_HAVE = frozenset(("have", "has", "had", "having"))
# Adjectives of disposition: "X is ready / willing / opposed" states X's position; any
# other verdict with a copula ("Turkey is the winner", "Iran would be in danger") does not.
DISPOSITIONS = frozenset(
    (
    "ready", "willing", "unwilling", "prepared", "open", "keen", "eager", "reluctant",
    "happy", "unhappy", "satisfied", "dissatisfied", "opposed", "committed", "interested",
    "against", "determined", "fine", "comfortable", "serious", "unable", "able", "close",
    "confident", "hopeful", "adamant", "firm", "insistent", "amenable", "averse", "set",
    "likely", "unlikely", "poised", "due", "bound",
    # a stand in bargaining: "[Japan] had been extremely forthcoming", "[Tehran] was more
    # flexible than in March"
    "forthcoming", "flexible", "inflexible", "intransigent", "receptive", "hesitant",
    "accommodating", "unbending",
    )
)  # fmt: skip


# A feeling toward something ("less worried about the details", "wary of the clause",
# "pleased with the offer"): a stance when it has that object, as a disposition is; a
# bare feeling ("it was disappointed") is a reaction, the holder's or the speaker's own.
FEELINGS = frozenset(
    (
    "worried", "concerned", "pleased", "disappointed", "frustrated", "wary", "sceptical",
    "skeptical", "optimistic", "pessimistic", "nervous", "anxious", "uneasy", "cautious",
    )
)  # fmt: skip
_FEELING_OBJECTS = frozenset(("about", "over", "with", "of", "by", "at"))
# Adjectives of declaring: after a copula with a "that" clause they tell it, as "made clear
# that" does ("[Havana] had been clear that it would not trade prisoners")
DECLARING = frozenset(("clear", "explicit", "unequivocal", "categorical", "emphatic"))


def _disposed(comp: Token) -> bool:
    """A complement of a copula or linking verb that states a disposition ("ready",
    "committed") or a feeling toward something ("worried about the clause")."""
    if comp.lower_ in DISPOSITIONS or _declared(comp) or _judged_stand(comp):
        return True
    return comp.lower_ in FEELINGS and any(
        c.dep_ == "prep" and c.lower_ in _FEELING_OBJECTS for c in comp.children
    )


def _declared(comp: Token) -> bool:
    """'[Havana] had been clear [that it would not ...]': an adjective of declaring with a
    "that" clause, the subject's statement rather than a verdict on it."""
    # (the parser hangs the clause on the adjective, on the copula, or on a noun between:
    # "clear from the start [that ...]")
    return comp.lower_ in DECLARING and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i > comp.i for m in comp.head.subtree
    )


def _judged_stand(comp: Token) -> bool:
    """'[the president] was right to refuse the conditions', 'Kyiv was wise to accept the offer': an
    adjective whose infinitive is the subject's acceptance, refusal or offer judges that
    position, as a disposition ("ready to accept") states it."""
    return comp.tag_ == "JJ" and any(
        c.dep_ == "xcomp"
        and c.lower_ in _POSITION_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        # its own object: not "the plan is hard to accept", whose subject is the object
        and any(o.dep_ in ("dobj", "ccomp", "xcomp") for o in c.children)
        for c in comp.children
    )


@dataclass(frozen=True, slots=True)
class Holder:
    """A noun phrase that may hold the reported position, in characters of the clause."""

    start: int
    end: int
    head_start: int
    head_end: int
    head_is_party_noun: bool  # "officials", "the demand": stands for whoever qualifies it
    joint: bool  # several parties coordinated: "India and Pakistan"
    nobody: bool = False  # the structure says the clause is nobody's position
    pronoun: bool = False  # "it", "they", "he": held by what the pronoun stands for
    # "[Pakistan's] Director General": the possessor a title belongs to
    owner_start: int = -1
    owner_end: int = -1
    # a pronoun subject of a clause told by a named teller ("Trump had told Carney [he] was
    # open"): the teller, whom the pronoun stands for
    teller: Holder | None = None
    # the subject of an infinitive after "expect" ("she expected [Russia] to return"): a
    # forecast from a speaker with no side, a demand from one with a side
    expected: bool = False
    # a pronoun subject of a verb of saying ("[he] is saying he will not surrender"), or
    # a pronoun standing for one
    tells: bool = False
    # the by-agent of a passive verb of telling ("allies had been told [by U.S.
    # negotiators] that ..."): the teller of what the clause reports
    agent: bool = False
    # the clause's predicate states a position toward a deal ("had promised to
    # compensate", "had accepted", "was ready to"), not conduct judged ("was spending
    # lives", "had lost control")
    position: bool = False
    # a subject joint only by coordination ("[ordinary Ukrainians] and [officials]"): each
    # conjunct (see :class:`Conjunct`)
    conjuncts: tuple[Conjunct, ...] = ()
    # a proper name heads the phrase ("SOMO", "Witkoff"): somebody named, party or not
    named: bool = False
    # the subject of a relative clause of acceptance, refusal or offer on the predicate's
    # object ("would require a ceasefire [that Russia] has refused"): a position told
    # beside the clause's own subject
    relative: bool = False
    # the subject of a clause that a named teller's verb reports, one level down ("a senior
    # officer had told veterans that [the army leadership] would not accept"): a position
    # told to somebody, not the speaker's own institution speaking
    inner: bool = False
    # the focus of a cleft ("it was [the Houthis] who asked"): a party singled out as the
    # one who acted, against the speaker's own side or another
    cleft: bool = False
    # the modal auxiliary of the clause's predicate ("could", "will not"), lower case, with
    # "not" after it when negated; empty when none
    modal: str = ""
    # the clause's predicate is a verb of state that states no position ("[Greece] needs
    # both", "[Washington] knows that", "[Mexico] remained a close ally"): what a party is
    # in, as somebody judges it
    state: bool = False


@dataclass(frozen=True, slots=True)
class Conjunct:
    """One noun of a coordinated subject, in characters of the clause, without the
    conjuncts after it."""

    start: int
    end: int
    head_start: int
    head_end: int
    party_noun: bool  # "officials", "the army": stands for whoever qualifies it
    # a bare party noun ("officials": no determiner, possessor or preconjunction of its
    # own), which shares the qualification of the conjunct before it
    bare: bool


def holders(doc: Doc) -> list[Holder]:
    """The candidate holders of a parsed reported clause, best first."""
    for sent in list(doc.sents)[:2]:
        found = _of_sentence(sent.root)
        if found:
            return found
        # a first sentence with no subject, or the speaker's own ("No.", "We have no
        # problem with a third party."), leaves the holder to the next ("It is India that
        # says it is bilateral"); any other ("That is their decision") decides
        subj = _subject(sent.root)
        if subj is not None and subj.lower_ not in _FIRST_PERSON:
            break
    return []


def main_subjects(doc: Doc) -> list[tuple[int, int]]:
    """The subjects of the main clauses of every sentence of a clause, pronouns left out
    ("[Israel] wants the weapons first, [Hamas] wants the withdrawal first"): each from its
    first word to its head, in characters, so that what qualifies it after the head (a
    relative clause, an "of" phrase) names nobody."""
    return sorted(_span(subj) for subj in _main_subject_tokens(doc) if subj.tag_ not in _NO_NAME)


def proper_main_subjects(doc: Doc) -> list[tuple[int, int]]:
    """Those of :func:`main_subjects` that a proper name heads ("[Total] cannot afford":
    somebody named, party or not)."""
    return sorted(_span(subj) for subj in _main_subject_tokens(doc) if subj.tag_ in _PROPER)


def _span(subj: Token) -> tuple[int, int]:
    return subj.left_edge.idx, subj.idx + len(subj.text)


_NO_NAME = frozenset(("PRP", "EX", "WP", "DT"))
_PROPER = frozenset(("NNP", "NNPS"))


def first_plural_subject(doc: Doc) -> bool:
    """Whether "we" is the subject of a main clause of the clause ('"Egypt has done its
    part, and [we] will do ours"')."""
    return any(subj.lower_ == "we" for subj in _main_subject_tokens(doc))


def _main_subject_tokens(doc: Doc) -> Iterator[Token]:
    """The subjects of the main clauses of every sentence of a clause (see
    :func:`main_subjects`), pronouns included."""
    for sent in doc.sents:
        root = sent.root
        preds = [root, *(c for c in root.children if c.dep_ == "conj" and c.tag_[:2] in _MAIN)]
        if root.lower_ not in _TELLING:
            # "[Washington] gets a mechanism, [Mexico] gets a line": a clause spliced on
            # with a comma, which the parser hangs on the next as its complement
            preds.extend(
                c
                for c in root.children
                if c.dep_ in ("ccomp", "parataxis")
                and c.i < root.i
                and c.tag_[:2] in _MAIN
                and not any(m.dep_ == "mark" for m in c.children)
                and c.right_edge.i + 1 < root.i
                and c.doc[c.right_edge.i + 1].text in (",", ";")
            )
        for pred in preds:
            subj = _subject(pred)
            if subj is not None:
                yield subj


_MAIN = frozenset(("VB", "JJ", "MD"))


def holders_at(doc: Doc, offset: int) -> list[Holder]:
    """The candidate holders of a clause coordinated after the first ("said A, and that
    [India] had cut its purchases"), from its subject at ``offset`` (characters), when the
    parser hung the clause inside the first one's object ("a deal that would be fair and
    that India had cut") rather than on its predicate."""
    for tok in doc:
        if tok.idx < offset:
            continue
        if tok.idx > offset:
            return []
        head = tok
        while head.dep_ in ("compound", "amod", "det", "poss") and head.head.i != head.i:
            head = head.head  # "[the] Indian side", "[India]'s negotiators"
        if head.dep_ not in _SUBJECTS or head.tag_ == "PRP":
            return []  # a pronoun there has no antecedent the parse can vouch for
        return _of_predicate(head.head, depth=0)
    return []


def _of_sentence(root: Token) -> list[Holder]:
    nominal = root.tag_.startswith("NN") or (
        # "Kyiv of trying to sabotage": a name the tagger reads as an adjective
        root.tag_ == "JJ"
        and root.text[:1].isupper()
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    )
    if nominal and not any(c.dep_ in _SUBJECTS for c in root.children):
        # "Thai troops of shelling villages", "India of violations": the one accused
        holder = _holder(root)
        if not _charges_deal(root):
            # "Manila of trying to occupy the shoal", "NATO of militarising the Arctic": a
            # charge that names nothing negotiated is an accusation of conduct, nobody's
            # position toward the deal (the spec: accusations of fighting unrelated to the
            # deal keep ``about`` null)
            holder = replace(holder, nobody=True)
        return [holder]
    # "[NATO's top military officer] on Tuesday of trying to sabotage ..., after the admiral
    # said ...": the accused opening the clause, hung on a later verb as a loose dependent
    # rather than its subject
    accused = next(
        (
            c
            for c in root.children
            if c.dep_ in ("dep", "npadvmod", "nmod")
            and c.i < root.i
            and c.left_edge.i == root.sent.start
            and c.tag_.startswith("NN")
            and _charged(c)
        ),
        None,
    ) or _subject(root)
    if accused is not None and accused.i < root.i and _party_like(accused) and _charged(accused):
        # "[European governments] of having toyed with the idea ..., a charge Paris has
        # dismissed": the accusation's form, which the parser reads as the subject of a
        # later verb
        holder = _holder(accused)
        return [holder if _charges_deal(accused) else replace(holder, nobody=True)]
    if _subjunctive(root):
        # "demanded [that] [he] explain himself to Congress": what the speaker wants done,
        # the speaker's demand, not the position of the one asked
        return [replace(_holder(_subject(root) or root), nobody=True)]
    if _addressed(root):
        # "urged [the government to review the law]": the one a directive addresses, the
        # speaker's request rather than its position
        return [replace(_holder(_subject(root) or root), nobody=True)]
    out: list[Holder] = []
    for pred in (
        root,
        *(c for c in root.children if c.dep_ == "conj" and c.tag_.startswith(("VB", "JJ"))),
    ):
        out.extend(_of_predicate(pred, depth=0))
    return out


def _charged(accused: Token) -> bool:
    """'[European governments] of having toyed with the idea': a noun with the accusation's
    "of" and a gerund."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pcomp" for c in p.children)
        for p in accused.children
    )


def _of_predicate(
    pred: Token,
    depth: int,
    teller: Token | None = None,
    timed: bool = False,
    shown: bool = False,
) -> list[Holder]:
    children = list(pred.children)
    if not timed and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return []  # "if Russia accepted a truce": a condition, nobody's position
    subj = _subject(pred)
    out: list[Holder] = []
    after: list[Holder] = []  # holders after the subject's
    if depth < 2 and pred.lower_ in _BE:
        # a feeling or a verdict on a fact ("he was disappointed [that Zelensky had not
        # read it]", "it is positive [that the president has ruled out force]"): the fact's
        # subject first; an "it" that only stands for the clause holds nothing
        facts = [
            c
            for a in (pred, *(c for c in children if c.dep_ == "acomp"))
            for c in a.children
            if c.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        for fact in facts:
            out.extend(_of_predicate(fact, depth + 1))
        if facts and subj is not None and subj.lower_ == "it":
            return out
        out.extend(_of_fact_subject(subj, depth))
    if depth < 2 and pred.lower_ in _TELLING:
        # the position told of, first; its pronoun subject stands for a named teller
        told_by = subj if subj is not None and subj.tag_ in _NAMING else None
        if subj is not None and subj.lower_ in THIRD_PERSON:
            told_by = subj
        for comp in children:
            if comp.dep_ == "ccomp":
                if _mandative(comp) or pred.lower_ in _HOPING:
                    # "the Belarusian leader had asked [that Washington lift sanctions]": a
                    # subjunctive tells what the teller wants done, the teller's position,
                    # not the position of the one asked; so does a hope ("China hoped [the
                    # EU would keep its market open]")
                    continue
                inner = _of_predicate(comp, depth + 1, told_by)
                if told_by is not None and told_by.lower_ not in THIRD_PERSON:
                    inner = [replace(h, inner=True) for h in inner]
                if told_by is not None:
                    # "Aliyev had insisted [that an apology was not enough]", "Trump told
                    # Carney [Canada must pay]": a verdict or a demand told by a named
                    # teller is the teller's position, not nobody's
                    inner = [h for h in inner if not h.nobody]
                if (
                    told_by is not None
                    and told_by.dep_ == "nsubj"
                    and told_by.lower_ not in THIRD_PERSON
                ):
                    # "Witkoff said [he believed Russia would need Donetsk]": what a named
                    # teller says of another party is that party's position only when the
                    # clause states one ("Trump had told him [Thailand had agreed]"); a
                    # forecast, a need or a judgement is the teller's own view
                    after.extend(h for h in inner if not _stated(h))
                    inner = [h for h in inner if _stated(h)]
                out.extend(inner)
    if depth < 2 and pred.lower_ in _PERCEIVING:
        # "the army had observed [North Korean troops] removing speakers", "had seen
        # [Chilean boats] fishing": what was seen is the act of its own subject, first
        # (the parse hangs the act on the verb with the agent as its subject, or on the
        # agent as the verb's object: "observed [troops] removing")
        for comp in children:
            if (
                comp.dep_ in ("ccomp", "advcl")
                and comp.tag_ in ("VBG", "VB", "VBP")
                and any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children)
                and not any(c.dep_ in ("mark", "aux") for c in comp.children)
            ):
                out.extend(_of_predicate(comp, depth + 1))
            elif comp.dep_ == "dobj" and any(
                c.dep_ == "acl" and c.tag_ == "VBG" and c.i > comp.i for c in comp.children
            ):
                out.append(_holder(comp))
    if depth < 2:
        # "the strike showed [that Russia was not thinking about peace]": an event read as
        # evidence of a party's stance tells that stance (a party that shows something is
        # the speaker's lesson, see ``_lesson``)
        for comp in _shown(pred, subj, children):
            out.extend(_of_predicate(comp, depth + 1, shown=True))
    if depth < 2 and pred.lower_ in _EXPECTING:
        for comp in children:
            if comp.dep_ == "ccomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in comp.children
            ):
                inner = _of_predicate(comp, depth + 1)
                out.extend(replace(h, expected=True) for h in inner if not h.nobody)
    if depth < 2:
        # telling as the purpose of an act: "Rubio had called him [to say that India was
        # ready]": the position told of
        for purpose in children:
            if (
                purpose.dep_ in ("advcl", "xcomp")
                and purpose.lower_ in _TELLING
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children)
            ):
                for comp in purpose.children:
                    if comp.dep_ == "ccomp":
                        out.extend(_of_predicate(comp, depth + 1))
    # a verdict naming a nominal act with its agent: "talk of tribunals was [an attempt by
    # Europe] to sabotage": the agent's act, judged
    # a verb of telling with a clause tells that clause: an object beside it is the one
    # told or the clause's apposition ("had told him that Beijing would settle for less: [a
    # restatement by Takaichi]"), not an act the verb names
    reports = pred.lower_ in _TELLING and any(c.dep_ == "ccomp" for c in children)
    for noun in children:
        # the act an object names, with its agent: "the agreement amounts to [recognition of
        # Kosovo by Serbia]" (not a circumstance: "in the first visit by its officials")
        if noun.dep_ == "dobj":
            if not reports:
                out.extend(_by_agent(noun))
            out.extend(_pledged(noun, depth))
            if pred.lower_ in _RECEIVING and noun.lower_ in _GIVEN_WORD:
                # "Lima had received [Santiago's] assurances", "he had [Chile's] word":
                # who gave them, as with "from" below (a proposal received is the
                # receiver's to study: "it had received Mexico's proposal and was studying
                # it" is nobody else's position)
                out.extend(_holder(o) for o in _owners(noun))
            if noun.lower_ in POSITION_NOUNS:
                # "Ankara had received [assurances from Washington]": who gave them
                # (the parse may hang "from" on the verb)
                out.extend(
                    _holder(o)
                    for p in (*noun.children, *children)
                    if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children
                    if o.dep_ == "pobj"
                )
        elif noun.dep_ == "prep" and noun.lower_ not in _CIRCUMSTANCES:
            for obj in noun.children:
                if obj.dep_ == "pobj":
                    out.extend(_by_agent(obj))
    if pred.lower_ in _BE:
        for attr in children:
            if attr.dep_ == "attr":
                out.extend(_by_agent(attr))
                if attr.lower_ in _STATED:
                    out.extend(_holder(o) for o in _owners(attr))
    if subj is None and depth == 0 and any(c.dep_ == "expl" for c in children):
        # "there was no urgency, [because Quito] had assured them": "there" holds nothing,
        # so the holder is a cause's subject, as after a subject that is no party
        out.extend(_causes(children, depth))
    if subj is None or subj.lower_ in ("what", "that"):
        return out + (_relative_positions(pred, subj) if depth == 0 else [])
    cleft = _cleft(pred, subj)
    if cleft is not None:
        # "it was the Houthis who asked": the Houthis
        out.append(replace(_holder(cleft), cleft=True))
        return out
    if subj.tag_ in ("PRP", "EX") and subj.lower_ not in THIRD_PERSON:
        return out  # "we", "I", "you": the speaker's own side; "there": nobody
    if (subj.dep_ == "nsubjpass" and subj.head.i == pred.i) or any(
        c.dep_ == "auxpass" for c in children
    ):
        # "the plan was raised": the one acted on holds nothing, but the teller of a passive
        # verb of telling does ("allies had been told [by U.S. negotiators]"), and a party's
        # stated position acted on is still that party's ("some of the [Russian
        # objections] can be dealt with"). An active verb coordinated with the passive is
        # the subject's act: "Maduro had been offered a way out and [refused] it"
        # (also a passive coordinated with an active verb whose subject it shares: "Kyiv's
        # delegation raised the issue and [was told by the American side] that ...")
        if depth < 2 and pred.lower_ in _TELLING:
            out.extend(
                replace(_holder(o), agent=True)
                for a in children
                if a.dep_ == "agent"
                for o in a.children
                if o.dep_ == "pobj"
            )
        if pred.lower_ in _RAISING and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in children
        ):
            # "[the Fund's mission] is expected to begin talks", "[Moscow] was said to be
            # ready": the subject of the infinitive, raised, whose act is forecast or
            # reported (as "she expected [Russia] to return"; the one a directive
            # addresses, "Kyiv was asked to withdraw", holds nothing)
            out.append(_holder(subj))
        stated = _quantified(subj)
        if stated.lower_ in POSITION_NOUNS:
            out.append(_holder(stated))
        if depth == 0:
            out.extend(_causes(children, depth))
        return out
    # "was unable to persuade [Kyiv] to participate": the one to be persuaded holds the
    # act it is pressed to (as the word patterns of ``classify.about_of`` read it)
    pressed = _pressed(pred)
    if pressed is not None:
        out.append(_holder(pressed))
    if subj.lower_ not in THIRD_PERSON:
        holder = replace(
            _holder(subj), position=_states_position(pred, children), modal=_modal(pred, children)
        )
        if (
            depth < 2
            and pred.lower_ in _TELLING
            and any(
                c.dep_ == "ccomp"
                or (c.dep_ == "oprd" and c.lower_ == "clear")
                or _misparsed_that(c)
                for c in children
            )
        ):
            # "[India] had made clear that it would not attend": the teller of what the
            # clause reports, whose warning or demand it is
            holder = replace(holder, tells=True)
    else:
        holder = _pronoun(subj)
        if depth < 2 and pred.lower_ in _TELLING and any(c.dep_ == "ccomp" for c in children):
            holder = replace(holder, tells=True)
        if teller is not None and _may_stand_for(subj, teller):
            told = replace(_holder(teller), tells=True)
            if teller.lower_ in THIRD_PERSON:
                told = replace(_pronoun(teller), tells=True)
            holder = replace(holder, teller=told)
    if pred.lower_ in _STATES and not _states_position(pred, children):
        holder = replace(holder, state=True)
    if subj.dep_ == "nsubj" and _quantified(subj).lower_ in _ORIGINATED:
        # "[the proposal] had come from [the Bougainville side]": a position and the party
        # it came from, after the position's own qualifier ("the US proposal")
        after.extend(
            _holder(o)
            for p in children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj"
        )
    proposer = _proposer(subj) if _verdict(pred) else None
    if proposer is not None:
        # "[the EU's] proposed quota was short", "the measures announced [by Washington]
        # were limited": a verdict on what a party put forward judges its position
        out.append(_holder(proposer))
    actor = _actor_of_act(subj) if _act_noun(subj) else None
    if actor is not None:
        # "[Hezbollah's] walkout was a warning": a verdict on a named party's act judges
        # that party's conduct, as one on its stated position does; and a named party's act
        # as the subject of any predicate is that party's conduct reported ("[Egypt's]
        # cooperation with Eritrea had deepened suspicion", "[Mexico's] amendment risked
        # undoing the ruling"): the act noun itself holds nothing (hearsay on the
        # development sets 533/733 -> 537/733, validation and hold-out unchanged)
        out.append(_holder(actor))
    if (
        _obliged(pred, children)
        or (
            # a verdict on a party that an event shows ("the vote showed [that Madrid] was
            # in no mood to yield") is that party's stance read off its conduct, not the
            # speaker's judgement alone
            _verdict(pred) and not _judged_act(subj) and not _goes_on_acting(pred) and not shown
        )
        or (_lesson(pred, children) and not _judged_act(subj))
        or _hypothetical(pred, children)
        or _meeting(pred, children)
        or _armed(pred, children)
        or _polled(subj)
        or (_judged_act(subj) and _potential(children))
    ):
        holder = replace(holder, nobody=True)
        if depth == 0:
            # "the offensive was a clear violation of the commitments [Rwanda had made]":
            # a verdict on a party's breach of its own position is that party's
            out.extend(_relative_positions(pred, subj))
    out.append(holder)
    out.extend(after)
    if depth == 0 and not holder.nobody:
        out.extend(_causes(children, depth))
        out.extend(_relative_positions(pred, subj))
        out.extend(_conditions(children))
    return out


def _misparsed_that(obj: Token) -> bool:
    """'had assured [hospital directors] that doctors would be sent': the parser hangs the
    reported clause on the told one as a clause of the noun (``acl``) marked "that"; it is
    the teller's reported clause as a ``ccomp`` is."""
    return obj.dep_ in ("dobj", "dative") and any(
        a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        for a in obj.children
    )


def _of_fact_subject(subj: Token | None, depth: int) -> list[Holder]:
    """'[the fact that Kinshasa sat down with the group] was a concession': a verdict on a
    fact its subject states in a "that" clause judges the act of that clause's subject."""
    if subj is None or not subj.tag_.startswith("NN"):
        return []
    out: list[Holder] = []
    for fact in subj.children:
        if fact.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in fact.children
        ):
            out.extend(h for h in _of_predicate(fact, depth + 1) if not h.nobody)
    return out


def _stated(h: Holder) -> bool:
    """Whether an inner holder states a position of its own (or tells one, or is a pronoun
    the pipeline resolves), rather than being what its teller thinks of it."""
    return h.position or h.tells or h.pronoun or h.agent or h.teller is not None


def _conditions(children: list[Token]) -> list[Holder]:
    """'traffic could resume [once Kyiv accepts the new realities]': a party in a
    condition, after a subject that is no party, holds nothing (a condition is nobody's
    position), and no weaker rule should read it as the clause's holder."""
    out: list[Holder] = []
    for clause in children:
        if clause.dep_ != "advcl":
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children):
            continue
        if _past(clause) and any(m.lower_ in _TIMES for m in clause.children):
            continue  # "once London dropped the bill": a past act (see ``_causes``)
        who = _subject(clause)
        if who is not None and who.tag_ not in ("PRP", "EX"):
            out.append(_holder(who, nobody=True))
    return out


def _relative_positions(pred: Token, subj: Token | None) -> list[Holder]:
    """'would require a ceasefire [that Russia has so far refused]', 'a violation of the
    commitments [Rwanda had made]': a party's position told in a relative clause on the
    predicate's object or complement, after the clause's own subject."""
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    out: list[Holder] = []
    for rel in pred.subtree:
        if rel.dep_ != "relcl" or rel.i in skip or not rel.head.tag_.startswith("NN"):
            continue
        if any(a.dep_ in ("ccomp", "advcl", "conj") for a in _up_to(rel.head, pred)):
            continue  # the object of another clause, not of this predicate
        who = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if who is None or who.tag_ in ("PRP", "WDT", "WP") or _potential(list(rel.children)):
            continue  # "the cheapest concession Washington [could] offer": a possibility
        if _free_choice(rel.head):
            continue  # "[any] agreement Moscow signed": a kind of act, none reported
        made = rel.head.lower_ in POSITION_NOUNS and rel.lower_ in _GIVING
        if rel.lower_ in _POSITION_VERBS or _phrasal_position(rel) or made:
            out.append(replace(_holder(who), relative=True))
    return out


# Determiners that make a noun range over every act of its kind ("[any] deal Kyiv
# accepted", "[whatever] terms Moscow signed"): a relative clause on it tells of no act
_FREE_CHOICE = frozenset(("any", "every", "whatever", "whichever"))


def _free_choice(noun: Token) -> bool:
    """'any agreement', 'whatever terms': the noun names a kind, not one act or thing."""
    return any(c.dep_ == "det" and c.lower_ in _FREE_CHOICE for c in noun.children)


# Verbs of receiving: what a party's position noun is the object of when another party has
# it from that party ("had received [Santiago's] assurances", "has [India's] word")
_RECEIVING = frozenset(
    f for v in ("receive", "get", "have", "obtain", "secure", "win") for f in verb_forms(v)
)


# "the commitments [Rwanda had made]", "the assurances [Kyiv gave]"
_GIVING = frozenset(f for v in ("make", "give") for f in verb_forms(v))


# Verbs that state a party's position toward a deal: a commitment, an acceptance or
# refusal, an offer, a wish
_POSITION_VERBS = frozenset(
    f
    for v in (
        "promise", "pledge", "vow", "commit", "undertake", "agree", "accept", "consent",
        "approve", "endorse", "sign", "refuse", "reject", "decline", "offer", "propose",
        "want", "seek", "intend", "request", "demand",
    )
    for f in verb_forms(v)
)  # fmt: skip


# Phrasal verbs of acceptance or refusal, a verb and its particle: "the options [Canada
# had not taken up]", "an offer [Moscow turned down]", "a text [Rome had signed up to]"
_PHRASAL_POSITIONS: dict[str, frozenset[str]] = {
    form: frozenset(particles)
    for verb, particles in (
        ("take", ("up",)),
        ("turn", ("down",)),
        ("pass", ("up",)),
        ("sign", ("up", "on", "off")),
    )
    for form in verb_forms(verb)
}


def _phrasal_position(verb: Token) -> bool:
    """'had not taken [up]', 'turned [down]': a verb whose particle makes it one of
    acceptance or refusal."""
    particles = _PHRASAL_POSITIONS.get(verb.lower_)
    return particles is not None and any(
        c.dep_ == "prt" and c.lower_ in particles for c in verb.children
    )


# Linking verbs that, like a copula, give their subject an adjective: "[the authorities]
# remained committed to", "Seoul seemed willing"
_LINKING = _BE | frozenset(
    f for v in ("remain", "stay", "seem", "appear", "become") for f in verb_forms(v)
)


# Verbs of state: of need, of knowing, of staying as one is, of owning or being owed. A
# party's predicate of this kind tells what it is in, not a position it took: "[Russia]
# needs this pipeline", "[the British side] had known from the start", "[Budapest]
# remained among the possible venues" (a disposition after "remain", "remained opposed",
# is a position: see :func:`_states_position`)
_STATES = frozenset(
    f for v in ("need", "know", "remain", "stay", "own", "deserve", "belong") for f in verb_forms(v)
)


def _modal(pred: Token, children: list[Token]) -> str:
    """The modal auxiliary of a predicate ("could", "would not"), or "" (also for a
    refusal with its condition, "will not release the money [until] ...")."""
    if any(c.lower_ in ("until", "unless") for t in children for c in (t, *t.children)):
        return ""
    if any(
        c.dep_ == "ccomp" and c.lower_ in _BE and not any(a.dep_ == "nsubj" for a in c.children)
        for c in children
    ):
        # "[the United States could not force a deal] was a signal": the clause is what a
        # verdict judges (the parse hangs the verdict's copula below it), a stated position
        return ""
    for c in children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            neg = any(n.dep_ == "neg" for n in children)
            return c.lower_ + (" not" if neg else "")
    return ""


def _states_position(pred: Token, children: list[Token]) -> bool:
    """'had promised to compensate', 'had accepted', 'was ready to talk', 'remained
    committed to': a predicate of commitment, acceptance, refusal, offer or wish, or a
    copula or linking verb with a disposition."""
    if pred.lower_ in _POSITION_VERBS or _asks_for(pred, children) or _gives_up(pred, children):
        return True
    return pred.lower_ in _LINKING and any(
        (c.dep_ == "acomp" and _disposed(c)) or _singled_out(c) for c in children
    )


_ASK_FORMS = frozenset(verb_forms("ask"))

# Verbs of giving something up: with a stated position as their object ("had dropped its
# insistence on", "withdrew the demand") they tell a concession, a position as much as
# "accepted" is
_GIVING_UP = frozenset(
    f
    for v in ("drop", "abandon", "withdraw", "waive", "relinquish", "shelve")
    for f in verb_forms(v)
)


def _gives_up(pred: Token, children: list[Token]) -> bool:
    """'had dropped its insistence on a flat rise', 'withdrew the objection': a verb of
    giving up whose object is a stated position (a concession); not "dropped the price"."""
    return pred.lower_ in _GIVING_UP and any(
        c.dep_ == "dobj" and c.lower_ in POSITION_NOUNS for c in children
    )


def _asks_for(pred: Token, children: list[Token]) -> bool:
    """'had asked donors to fund allowances', 'had asked for an increase': asking in the
    form of a request (an object and an infinitive, or "for" what is asked), a demand as
    much as "request" is; not a question asked ("asked whether", "asked about")."""
    if pred.lower_ not in _ASK_FORMS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children) or (
        any(c.dep_ == "dobj" for c in children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in children
        )
    )


def _causes(children: list[Token], depth: int) -> list[Holder]:
    """A subject that is no party leaves the holder to a cause or a past act a clause of
    time tells: "farmers had lost their crops [because Mexico ignored its obligations]",
    "the breakthrough came [once London dropped the bill]"."""
    out: list[Holder] = []
    for clause in children:
        if clause.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if marks & _CAUSES:
            out.extend(_of_predicate(clause, depth + 1))
        elif marks & _TIMES and _past(clause):
            out.extend(_of_predicate(clause, depth + 1, timed=True))
    return out


def _past(pred: Token) -> bool:
    """'London dropped', 'Kyiv had accepted': a verb in a past tense."""
    return pred.tag_ == "VBD" or any(
        a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in pred.children
    )


# Subjects that name somebody: a name, a common noun ("the Americans", "officials").
_NAMING = frozenset(("NNP", "NNPS", "NN", "NNS"))
_PERSONAL = frozenset(("he", "she"))


def _may_stand_for(pronoun: Token, teller: Token) -> bool:
    """Whether a pronoun may stand for the teller of its clause: "he"/"she" for a
    singular name or noun, "they" and "it" for any other."""
    if pronoun.lower_ in _PERSONAL:
        return teller.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in teller.children)
    return True


def _cleft(pred: Token, subj: Token) -> Token | None:
    """'it was the Houthis who asked', 'it was Pakistan's military that first asked': a
    cleft puts the one who acted after the copula."""
    if pred.lower_ not in _BE or subj.lower_ != "it":
        return None
    for attr in pred.children:
        if attr.dep_ != "attr" or not attr.tag_.startswith("NN") or _singled_out(attr):
            continue
        if any(c.dep_ == "relcl" for c in attr.children) or any(
            c.dep_ in ("advcl", "ccomp", "relcl")
            and c.i > attr.i
            and any(x.dep_ == "nsubj" and x.lower_ in ("that", "who") for x in c.children)
            for c in pred.children
        ):
            return attr
    return None


# What a party states or asks for, named as a verdict's complement: "the document was
# [the wish list of the Russians]", "that is [Moscow's] agenda"
_STATED = POSITION_NOUNS | frozenset(("list", "wishlist", "agenda", "terms", "plan", "plans"))


def _owners(noun: Token) -> list[Token]:
    """'[Russia's] demands', 'the wish list of [the Russians]'."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    # "the wish list of [the Russians]"; "a proposal from [China]": who stated it
    ways = ("of", "from") if noun.lower_ in POSITION_NOUNS else ("of",)
    out += [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ways
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return out


# A party's word given: what its content clause says is the giver's position ("won [a
# commitment] that the government would look at tax relief", "received [assurances] that
# Washington would keep supplying").
_PLEDGES = frozenset(
    (
    "commitment", "commitments", "promise", "promises", "pledge", "pledges", "assurance",
    "assurances", "guarantee", "guarantees", "undertaking", "undertakings",
    )
)  # fmt: skip
# ... and held by another, still the giver's ("he has [India's] word")
_GIVEN_WORD = _PLEDGES | frozenset(("word",))
# A stated position, and where it came from ("the proposal had come from the Bougainville
# side").
_ORIGINATED = POSITION_NOUNS | frozenset(("idea", "initiative", "suggestion", "plan"))


def _pledged(noun: Token, depth: int) -> list[Holder]:
    """'won [a commitment] that [the government] would look at tax relief': the subject of
    a pledge's content clause gives its word, a position (not a subjunctive: "an
    undertaking that Kyiv withdraw" is a demand)."""
    if depth >= 2 or noun.lower_ not in _PLEDGES:
        return []
    out: list[Holder] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp") or _mandative(clause):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        out.extend(
            replace(h, position=True) for h in _of_predicate(clause, depth + 1) if not h.nobody
        )
    return out


def _by_agent(noun: Token) -> list[Holder]:
    """'an attempt [by Europe] to sabotage': the party whose act a noun names."""
    if not noun.tag_.startswith("NN"):
        return []
    return [
        _holder(o)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for o in p.children
        if o.dep_ == "pobj"
    ]


_PERSUADING = frozenset(
    f for v in ("persuade", "convince", "force", "pressure", "push") for f in verb_forms(v)
)


def _pressed(pred: Token) -> Token | None:
    """'unable to persuade [Kyiv] to participate': the object of a verb of persuading
    with an infinitive, on the predicate or the complements it takes."""
    node: Token | None = pred
    for _ in range(3):
        if node is None:
            return None
        kids = list(node.children)
        if node.lower_ in _PERSUADING and any(c.dep_ in ("xcomp", "ccomp") for c in kids):
            return next((c for c in kids if c.dep_ == "dobj"), None)
        node = next((c for c in kids if c.dep_ in ("xcomp", "acomp")), None)
    return None


def _quantified(noun: Token) -> Token:
    """'some of the Russian objections': the noun a quantifier takes a part of."""
    if noun.tag_ in ("DT", "CD") or noun.lower_ in ("many", "most", "none", "several"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


# What a negotiation is about or produces, and the words for breaking it: a charge that
# names one of them ("of violating the truce", "of reneging on parts of the deal", "of
# backing away from compromises it had accepted") concerns the deal.
DEAL_WORDS = frozenset(
    (
    "deal", "deals", "agreement", "agreements", "accord", "accords", "truce", "truces",
    "ceasefire", "ceasefires", "cease-fire", "armistice", "talks", "negotiation",
    "negotiations", "peace", "plan", "proposal", "proposals", "offer", "terms",
    "commitment", "commitments", "compromise", "compromises", "initiative", "process",
    "dialogue", "treaty", "framework", "understanding", "obligations", "pledge", "pledges",
    "promise", "promises", "promised", "committed", "accepted", "agreed", "signed", "draft",
    "roadmap", "mediation", "violate", "violated", "violating", "violation", "violations",
    "breach", "breached", "breaching", "renege", "reneged", "reneging", "sabotage",
    "sabotaging", "derail", "derailed", "derailing", "scuttle", "scuttled", "scuttling",
    "torpedo", "torpedoed", "torpedoing",
    )
)  # fmt: skip


def _party_like(tok: Token) -> bool:
    """'Baku', 'the council', 'European governments': a name, a party noun, or a noun a
    name or demonym qualifies."""
    return (
        tok.tag_ in ("NNP", "NNPS")
        or tok.text[:1].isupper()
        or tok.lower_ in PARTY_NOUNS
        or any(
            c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in tok.children
        )
    )


def _charges_deal(accused: Token) -> bool:
    """Whether the charge against the accused ("[India] of violations of its own") names
    the deal or its breach: the words of its "of" complement, and the accused's own
    ("the Congolese army ... in violation of the Doha commitments")."""
    charge = [t for p in accused.children if p.dep_ == "prep" for t in p.subtree]
    of = [p for p in accused.children if p.dep_ == "prep" and p.lower_ == "of"]
    if not of:
        if _party_like(accused) and any(
            p.dep_ == "prep" and p.lower_ == "for" for p in accused.children
        ):
            # "thanked [Picardo] for his patient work", "blamed [the army] for the
            # shelling": thanks or blame, nobody's position unless it names the deal
            return any(t.lower_ in DEAL_WORDS for t in charge)
        return True  # not an accusation's form: "[Ukraine's refusal] a mistake"
    # the accusation's form: a party "of" an act ("[Chisinau] of acting", "[the council] of
    # abandoning", "[Baku] of a hostile campaign"), not an act "of" a party ("the
    # withdrawal of Russian troops"), which the rest of the rules read
    party = (
        accused.tag_ in ("NNP", "NNPS")
        or accused.text[:1].isupper()  # "Baku" tagged as a common noun
        or accused.lower_ in PARTY_NOUNS
    )
    gerund = any(c.dep_ == "pcomp" for p in of for c in p.children)
    if not (party or gerund):
        return True
    return any(t.lower_ in DEAL_WORDS for t in charge)


def _addressed(root: Token) -> bool:
    """'[the government] to review the security law': a reported clause that is a subject
    with an infinitive, the object and complement of a directive ("urged", "called on")."""
    kids = list(root.children)
    return (
        root.tag_ == "VB"
        and any(c.dep_ == "nsubj" and c.i < root.i for c in kids)
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < root.i for c in kids)
    )


# Verbs of learning and showing: "[China] has shown that the punishment works", "[Germany]
# has shown that a life sentence can be negotiated", "[Washington] learned how much ...": a
# lesson the speaker draws from a party's conduct, a verdict rather than its position (a
# party's stated word still shows its holder's: "[Sybiha's comments] showed that ...")
_LESSONS = frozenset(
    f
    for v in ("show", "learn", "prove", "demonstrate", "realise", "realize", "understand")
    for f in verb_forms(v)
) | frozenset(("learnt",))


# Verbs of perceiving an act with its agent: "had observed [troops] removing speakers"
_PERCEIVING = frozenset(
    f for v in ("see", "observe", "watch", "witness", "spot", "notice") for f in verb_forms(v)
)


# "Putin was showing [that he wants the war]", "they show [what they really want]": a
# desire shown is the position of whoever shows it
_WANTING = frozenset(
    f for v in ("want", "wish", "intend", "seek", "prefer", "desire") for f in verb_forms(v)
)


def _lesson(pred: Token, children: list[Token]) -> bool:
    """'has shown [that ...]', 'learned [that ...]': a verb of learning or showing with a
    clause as its complement, unless what is shown is a desire."""
    if pred.lower_ in _LEARNING and any(c.dep_ == "dobj" for c in children):
        return True  # "[Ukrainians] had learned the cost of weak monitoring"
    return pred.lower_ in _LESSONS and any(
        c.dep_ == "ccomp" and c.lower_ not in _WANTING for c in children
    )


_SHOWING = frozenset(f for v in ("show", "prove", "demonstrate", "reveal") for f in verb_forms(v))


def _shown_by_event(pred: Token, subj: Token | None) -> bool:
    """'[the strike] showed that Russia ...': a verb of showing whose subject is a thing or
    an event, neither a party nor a party's act or word (see ``_lesson``)."""
    if pred.lower_ in _SHOWING and subj is None and pred.i == pred.sent.start:
        # "said that [showed Moscow had not moved]": a clause that opens on the verb of
        # showing, its subject ("that", "this") read as the reporting verb's
        # complementizer, shows what a thing or an event showed
        return True
    if pred.lower_ in _SHOWING and subj is not None and subj.lower_ in _THING_PRONOUNS:
        # "[they] showed that Kyiv was not interested in peace", of the attacks just named:
        # a pronoun read as evidence like the noun it stands for (a party's own showing is
        # told with a name: "Russia has shown that ...")
        return True
    return (
        pred.lower_ in _SHOWING
        and subj is not None
        and subj.tag_.startswith("NN")
        and not _party_like(subj)
        and subj.lower_ not in POSITION_NOUNS | _WORDS
        and not any(c.dep_ == "poss" for c in subj.children)
    )


# Pronouns that may stand for an event or a thing shown as evidence
_THING_PRONOUNS = frozenset(("it", "they", "this", "that", "these", "those"))


# Nouns of saying: what a remark shows is its speaker's view, read as a lesson
_WORDS = frozenset(
    ("remark", "comment", "speech", "interview", "letter", "post", "message", "tone", "answer")
)


def _shown(pred: Token, subj: Token | None, children: list[Token]) -> list[Token]:
    """The clauses an event shows ("[the strike] showed [that Russia ...]"): not what a
    party could do, the speaker's forecast ("showed [the G7 could find common ground]"),
    nor an open question ("showed [what the assurances were worth]"), nor a clause beside
    an object, a relative clause misread ("showed business sense [that Europe lacked]")."""
    if not _shown_by_event(pred, subj) or any(c.dep_ == "dobj" for c in children):
        return []
    return [
        c
        for c in children
        if c.dep_ == "ccomp" and not _asks_what(c) and not _potential(list(c.children))
    ]


def _asks_what(clause: Token) -> bool:
    """'showed [what Russian assurances were worth]': a clause opening on a wh-word, an
    open question rather than a party's stance."""
    first = clause.left_edge
    return first.tag_ in ("WP", "WDT", "WRB", "WP$")


_LEARNING = frozenset(f for v in ("learn", "realise", "realize") for f in verb_forms(v)) | (
    frozenset(("learnt",))
)


_POSSIBILITY = frozenset(("can", "could", "may", "might", "would"))


def _potential(children: list[Token]) -> bool:
    """'[the US draft] could be the basis', '[the American proposals] could serve as the
    basis': what a party's proposal may come to is the speaker's assessment of it, not the
    party's position (unlike what it says or did: "[the U.S. draft] still contained ideas
    on territory"). A passive is left as it was: the gold reads "some of the [Russian
    objections] can be dealt with" as Russia's and "some of the American proposals can be
    discussed" as nobody's."""
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in children)


# Verbs of coming together: "[Arab and Muslim leaders] would meet in Doha", "[negotiators]
# met in Geneva", "[American representatives] would join": a meeting reported, an event,
# not a position (one refused, "would not meet", is a position; with an object, "had met
# the EU's conditions", "would join the accord", it is an act toward the deal).
_MEETING = frozenset(f for v in ("meet", "join") for f in verb_forms(v))


def _meeting(pred: Token, children: list[Token]) -> bool:
    """'the two delegations met in Geneva': an intransitive verb of meeting, not negated."""
    return (
        pred.lower_ in _MEETING
        and pred.tag_.startswith("VB")
        and not any(c.dep_ in ("dobj", "neg", "ccomp", "xcomp") for c in children)
    )


# Verbs of armed force: a party's attack, shelling or seizure reported is an act of war,
# not a position or act toward the deal (the spec leaves such accusations' ``about`` null:
# "Cambodian forces fired artillery at positions in Surin", "Ukraine had launched 91 drones")
_FORCE = frozenset(
    f
    for v in (
        "attack", "fire", "shell", "strike", "bomb", "bombard", "shoot", "kill", "invade",
        "occupy", "seize", "capture", "raid", "storm", "hit",
    )
    for f in verb_forms(v)
)  # fmt: skip
# "launched [91 long-range drones]": force only with a weapon or an assault for its object
_LAUNCHING = verb_forms("launch")
_ASSAULTS = frozenset(
    (
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "strike", "strikes",
    "attack", "attacks", "offensive", "raid", "raids", "shells", "airstrikes", "assault",
    )
)  # fmt: skip
# "continues to strike Ukrainian cities", "kept shelling": the act the aspect verb goes on
_ASPECT = frozenset(
    f for v in ("continue", "keep", "resume", "begin", "start") for f in verb_forms(v)
)


def _armed(pred: Token, children: list[Token]) -> bool:
    """'Cambodian forces [fired] artillery at positions', 'the Russian Federation continues
    to [strike] Ukrainian cities': an act of armed force, unnegated, that names nothing
    negotiated ("struck a deal", "attacked ... in violation of the truce" stay acts toward
    the deal)."""
    verb = pred
    if pred.lower_ in _ASPECT:
        verb = next((c for c in children if c.dep_ == "xcomp"), pred)
    skip = ("conj", "cc", "nsubj", "xcomp")
    own = [c for c in verb.children if c.dep_ not in skip]
    if verb is not pred:
        own += [c for c in children if c.dep_ not in skip]
    if any(c.dep_ == "neg" for c in own):
        return False
    if verb.lower_ in _LAUNCHING:
        if not any(c.dep_ == "dobj" and c.lower_ in _ASSAULTS for c in own):
            return False
    elif verb.lower_ not in _FORCE or not verb.tag_.startswith("VB"):
        return False
    return not any(t.lower_ in DEAL_WORDS for c in own for t in c.subtree)


# Parts of a people, as a poll measures them: "[the share of Ukrainians] ready to give up
# territory", "[most Pakistanis] believed", "[61% of Estonians] doubt"
_PORTIONS = frozenset(
    (
    "share", "percentage", "proportion", "majority", "minority", "number", "half", "third",
    "quarter", "percent", "%", "fraction",
    )
)  # fmt: skip
_QUANTIFIERS = frozenset(("most", "many", "few", "fewer", "some"))


def _people(tok: Token) -> bool:
    """'Ukrainians', 'Pakistanis': a capitalised plural, a people or a group of them."""
    return tok.tag_ in ("NNS", "NNPS") and tok.text[:1].isupper() and tok.text.endswith("s")


def _polled(subj: Token) -> bool:
    """'most Pakistanis believed', 'the share of Ukrainians ready to give up territory had
    grown': a people's opinion as a poll measures it, not a party's position."""
    if _people(subj) and any(
        c.dep_ in ("amod", "det", "advmod") and c.lower_ in _QUANTIFIERS for c in subj.children
    ):
        return True
    return subj.lower_ in _PORTIONS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_people(o) for o in p.children)
        for p in subj.children
    )


def _hypothetical(pred: Token, children: list[Token]) -> bool:
    """'[If Doha stalls], Washington stalls with it': a consequence under a condition set
    before it is a forecast, nobody's position (as the condition itself is); a condition
    after a party's act is its conditional offer ("India was ready to stop firing [if
    Pakistan did the same]")."""
    return any(
        c.dep_ == "advcl"
        and c.i < pred.i
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        # a condition has a verb or a subject: "[if anything]", "[if so]" set none
        and (c.tag_.startswith(("VB", "MD")) or any(x.dep_ in _SUBJECTS for x in c.children))
        for c in children
    )


def _subjunctive(root: Token) -> bool:
    """'[the government] publish every draft', 'he explain himself': a reported clause whose
    main verb is bare after its subject, with no auxiliary, modal or "to"."""
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or root.lower_ in _BE:
        return False
    # the tagger reads "he explain" as a present tense: a plural form after a singular
    # subject is the subjunctive
    bare = root.tag_ == "VB" or (
        root.tag_ == "VBP"
        and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it"))
        and not any(c.dep_ == "conj" for c in subj.children)
    )
    return bare and not any(c.dep_ in ("aux", "auxpass") for c in kids)


def _mandative(comp: Token) -> bool:
    """'asked [that Washington lift sanctions]', 'insisted [that Kyiv withdraw]': a clause
    with a subject and a bare verb, no auxiliary, modal or "to" (a subjunctive)."""
    kids = list(comp.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or comp.lower_ in _BE:
        return False
    # the tagger reads "that Washington lift" as a present tense: a plural form after a
    # singular noun is the subjunctive
    bare = comp.tag_ == "VB" or (
        comp.tag_ == "VBP"
        and subj.tag_ in ("NN", "NNP")
        and not any(c.dep_ == "conj" for c in subj.children)
    )
    return (
        bare
        and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
    )


def _judged_act(subj: Token) -> bool:
    """'the American demand was excessive', 'Serbia's acceptance is a good sign': a verdict
    on a party's stated position evaluates that position (the spec's example)."""
    return subj.lower_ in POSITION_NOUNS


# Participles of putting something forward: "the proposed quota", "the measures announced"
_PUT_FORWARD = frozenset(
    f for v in ("propose", "offer", "announce", "table", "submit") for f in verb_forms(v)
)


def _proposer(noun: Token) -> Token | None:
    """'[the EU's] proposed quota', 'the measures announced [by Washington]': the named
    party that put forward the thing a noun names, a possessor beside a participle of
    proposing or the agent of such a participle."""
    if not noun.tag_.startswith("NN"):
        return None
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in _PUT_FORWARD:
            return next(
                (p for p in noun.children if p.dep_ == "poss" and p.tag_ in ("NNP", "NNPS")),
                None,
            )
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _PUT_FORWARD:
            for a in c.children:
                if a.dep_ == "agent":
                    for o in a.children:
                        if o.dep_ == "pobj" and o.tag_ in ("NNP", "NNPS"):
                            return o
    return None


def _act_noun(noun: Token) -> bool:
    """'walkout', 'withdrawal', 'deliveries', 'renegotiation': a noun naming something done,
    by its form (a deverbal suffix) or a short list; not a noun that stands for a party."""
    word = noun.lower_
    if not noun.tag_.startswith("NN") or word in PARTY_NOUNS or word in _NOT_ACTS:
        return False
    return word in _ACT_NOUNS or (len(word) > 6 and word.endswith(_ACT_SUFFIXES))


def _actor_of_act(noun: Token) -> Token | None:
    """'[Mexico's] deliveries', 'the absence of [the United States]': the named party
    whose act a noun is (a possessor or an "of" phrase with a name)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS"):
            return c
    if noun.lower_ not in _AGENT_OF:
        return None  # "the removal of Getachew": an "of" phrase names the one acted on
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.tag_ in ("NNP", "NNPS"):
                    return o
    return None


# Acts whose "of" phrase names who acts ("the absence of the United States")
_AGENT_OF = frozenset(
    (
    "absence", "silence", "failure", "refusal", "withdrawal", "departure", "walkout", "exit",
    "conduct", "behaviour", "behavior", "stance", "insistence", "reluctance", "compliance",
    "participation", "intervention", "involvement", "resistance", "persistence",
    )
)  # fmt: skip
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ies", "ery", "als")
_ACT_NOUNS = frozenset(
    (
    "walkout", "exit", "move", "moves", "step", "steps", "withdrawal", "refusal", "approval",
    "denial", "removal", "renewal", "reversal", "betrayal", "attack", "attacks", "strike",
    "strikes", "visit", "threat", "threats", "failure", "closure", "seizure", "departure",
    "delivery", "absence", "silence", "behaviour", "behavior", "conduct", "stance",
    )
)  # fmt: skip
# Nouns of those forms that name a state of things or a body, not an act
_NOT_ACTS = frozenset(
    (
    "nation", "nations", "population", "situation", "constitution", "federation",
    "reputation", "election", "elections", "question", "questions", "region", "economies",
    "countries", "territories", "authorities", "allies", "parties", "industries", "science",
    "audience", "experience", "independence", "existence", "evidence", "sentence",
    "conference", "difference", "influence", "confidence", "intelligence", "presence",
    "defence", "defense", "importance", "alliance", "balance", "distance", "instance",
    "movement", "settlement", "agreement", "parliament", "department", "environment",
    "equipment", "investment", "investments", "moment", "treatment", "document",
    "documents", "statement", "statements", "argument", "arguments", "policies",
    )
)  # fmt: skip


def _obliged(pred: Token, children: list[Token]) -> bool:
    """'Israel must stop', 'the SDF had to lay down its weapons', 'would have to show': an
    obligation laid on the subject, the speaker's demand rather than its position."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in children):
        return True
    return pred.lower_ in _HAVE and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in children
    )


def _goes_on_acting(pred: Token) -> bool:
    """'[Russia] was a nuclear power with its own demands [and would not simply sign]': a
    copula coordinated with a verb that shares its subject goes on to the subject's act,
    which a verdict alone does not tell (not a verb of receiving: "[Ukraine] is eligible
    and will receive access" is what the subject gets, not what it does)."""
    return any(
        c.dep_ == "conj"
        and c.tag_.startswith("VB")
        and c.lower_ not in _BE
        and c.lower_ not in _RECEIVING
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in pred.children
    )


def _verdict(pred: Token) -> bool:
    """'Turkey is the clear winner', 'Iran would be in great danger': a copula whose
    complement is not a disposition, nor a class the subject alone took a position in."""
    if pred.lower_ not in _BE:
        return False
    comps = [c for c in pred.children if c.dep_ in ("attr", "acomp", "prep", "advmod", "oprd")]
    return bool(comps) and not any(_disposed(c) or _singled_out(c) for c in comps)


# What sets one member of a class apart: "the [only] country that refused"
_SINGLING = frozenset(("only", "one", "sole", "single", "first", "last"))


def _singled_out(attr: Token) -> bool:
    """'[Spain] was [the only country that refused to pay]', 'it was [the first member that
    signed]': a copula's complement that sets the subject apart from a class by a position
    it alone took (a relative clause of acceptance, refusal or offer on a common noun) tells
    the subject's position, not a verdict on it (and "it" before it is no cleft: it
    stands for the party named before)."""
    if attr.dep_ != "attr" or attr.tag_ not in ("NN", "NNS"):
        return False
    if not any(c.dep_ in ("amod", "nummod") and c.lower_ in _SINGLING for c in attr.children):
        return False
    return any(
        rel.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children)
        and (rel.lower_ in _POSITION_VERBS or _phrasal_position(rel))
        for rel in attr.children
    )


def _subject(pred: Token) -> Token | None:
    node: Token | None = pred
    for _ in range(3):
        if node is None:
            return None
        for child in node.children:
            if child.dep_ in _SUBJECTS:
                return child
        named = _quoted_after_name(node)
        if named is not None:
            return named
        for aux in node.children:
            # "the Americans had for the first time described": an adverbial between the
            # auxiliary and its verb makes the parser hang the subject on the auxiliary
            if aux.dep_ == "aux" and aux.i < node.i:
                for child in aux.children:
                    if child.dep_ in _SUBJECTS:
                        return child
        # "is ready to talk": the adjective's subject sits on the copula; "wants to accept":
        # the infinitive's subject on the verb it completes
        if node.dep_ in ("acomp", "xcomp", "conj") and node.head.i != node.i:
            node = node.head
        else:
            return None
    return None


def _quoted_after_name(pred: Token) -> Token | None:
    """'[Bessent] "understood the situation"': a name opening the clause, followed by a
    quotation that opens on the verb, which the parser hangs on the verb as an adverbial
    rather than as its subject (and the tagger may read as an adjective)."""
    for child in pred.lefts:
        if child.dep_ not in ("advmod", "npadvmod", "dep", "nmod"):
            continue
        if child.tag_ not in ("NNP", "NNPS", "NN", "JJ") or not child.text[:1].isupper():
            continue
        between = child.doc[child.i + 1 : pred.i]
        if (
            between
            and all(t.is_quote for t in between)
            and all(t.is_punct or t.dep_ in ("compound", "det") for t in child.doc[: child.i])
        ):
            return child
    return None


def _pronoun(tok: Token) -> Holder:
    end = tok.idx + len(tok.text)
    return Holder(tok.idx, end, tok.idx, end, False, False, pronoun=True)


# Nouns of a relation to a party's other side: "[Zimbabwe's creditors] want results", "[the
# rivals of Ankara] had agreed": the possessor is the party they stand against, not who
# holds the clause; an own camp ("its allies", "partners") is left to ``_own_camp``
_OTHER_SIDE = frozenset(
    (
    "creditors", "creditor", "lenders", "lender", "bondholders", "critics", "critic",
    "detractors", "opponents", "opponent", "rivals", "rival", "adversaries", "adversary",
    "enemies", "enemy", "foes", "foe", "neighbours", "neighbour", "neighbors", "neighbor",
    )
)  # fmt: skip


def _other_side(head: Token) -> bool:
    """'[Zimbabwe's creditors]', '[the opponents of Ankara]': a noun of the relation to a
    party's other side whose party is named only as its possessor or its "of" phrase."""
    if head.lower_ not in _OTHER_SIDE:
        return False
    return any(
        (c.dep_ == "poss" and c.tag_ != "PRP$") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in head.children
    )


def _holder(head: Token, nobody: bool = False) -> Holder:
    # the noun phrase without the clauses hanging on it: "Thai troops", not "... of shelling"
    # and without a clause in a prepositional phrase: "Thai troops [of shelling villages]"
    keep = [t for t in head.subtree if not any(_clausal(a) for a in _up_to(t, head))]
    a = min(keep, key=lambda t: t.i)
    b = max(keep, key=lambda t: t.i)
    # several parties coordinated: "India and Pakistan", "the leaders of India and
    # Pakistan"; not a party and its own camp ("Saudi Arabia and its allies") nor the
    # partners of one party's act ("Egypt's cooperation with Eritrea and Somalia")
    coordinated = any(c.dep_ == "conj" and not _own_camp(c) for c in head.children)
    joint = (
        coordinated
        or any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "between")
            and any(
                g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children
            )
            for c in head.children
        )
        or _pair(head)
    )
    conjuncts: tuple[Conjunct, ...] = ()
    if (
        coordinated
        and joint
        and not _pair(head)
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "between") for c in head.children)
    ):
        conjuncts = tuple(_conjunct(t) for t in _conjoined(head))
    # a title's holder is its possessor: "[Pakistan's] Director General"
    owner = None
    if head.tag_ in ("NNP", "NNPS"):
        owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    oa, ob = (-1, -1)
    if owner is not None:
        oa, ob = _edges(owner)
    # "[Zimbabwe's creditors] want results": the possessor's other side, whom the clause
    # does not name
    nobody = nobody or _other_side(head)
    return Holder(
        start=a.idx,
        end=b.idx + len(b.text),
        head_start=head.idx,
        head_end=head.idx + len(head.text),
        head_is_party_noun=head.lower_ in PARTY_NOUNS,
        joint=joint,
        nobody=nobody,
        owner_start=oa,
        owner_end=ob,
        conjuncts=conjuncts,
        named=head.tag_ in ("NNP", "NNPS") and owner is None,
    )


def _conjoined(head: Token) -> list[Token]:
    """'A, B and C': the head and the nouns coordinated with it, in order."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj":
            out.extend(_conjoined(c))
    return sorted(out, key=lambda t: t.i)


def _conjunct(tok: Token) -> Conjunct:
    """One conjunct, without the conjuncts after it."""
    own = [
        t
        for t in tok.subtree
        if not any(a.dep_ in ("conj", "cc") and a.head.i == tok.i for a in _up_to(t, tok))
        and not any(_clausal(a) for a in _up_to(t, tok))
    ]
    a = min(own, key=lambda t: t.i)
    b = max(own, key=lambda t: t.i)
    party_noun = tok.lower_ in PARTY_NOUNS
    bare = party_noun and not any(
        c.dep_ in ("det", "poss", "predet", "preconj", "nummod") for c in tok.children
    )
    end = tok.idx + len(tok.text)
    return Conjunct(a.idx, b.idx + len(b.text), tok.idx, end, party_noun, bare)


def _pair(head: Token) -> bool:
    """'both leaders', 'both sides', 'the two governments': the parties of the talks
    together, a joint position; so are 'each side', 'neither side', 'either government',
    said of each of them in turn."""
    kids = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "preconj", "nummod")}
    return bool(kids & _EACH) or {"the", "two"} <= kids


# Determiners that speak of every party of the talks, together or in turn
_EACH = frozenset(("both", "each", "neither", "either"))


def _own_camp(conj: Token) -> bool:
    """'its allies', 'their partners': a conjunct that belongs to the first one."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in conj.children)


def _edges(tok: Token) -> tuple[int, int]:
    a, b = tok.left_edge, tok.right_edge
    return a.idx, b.idx + len(b.text)


def _clausal(tok: Token) -> bool:
    if tok.dep_ in ("relcl", "acl", "appos"):
        return True
    return tok.dep_ == "prep" and any(c.dep_ == "pcomp" for c in tok.children)


def _up_to(tok: Token, top: Token) -> list[Token]:
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


# The words a clause holds one of when its parse may find a position stated in it
# (``Holder.position``): a verb of position, asking or giving up (also under a copula's
# adjective or a singled-out relative clause), a phrasal verb of acceptance or refusal, an
# adjective of disposition, feeling or declaring, a pledge's noun
POSITION_WORDS = (
    _POSITION_VERBS
    | _ASK_FORMS
    | _GIVING_UP
    | frozenset(_PHRASAL_POSITIONS)
    | DISPOSITIONS
    | FEELINGS
    | DECLARING
    | _PLEDGES
)
# a run of letters: a token of letters alone is one whole (the tokenizer splits a run of
# letters only in a special case, "cannot", "gonna", none of whose pieces is a position word)
_LETTERS = re.compile(r"[^\W\d_]+")
# the position words of more than one run ("under-took"), looked for as they are written
_JOINED_POSITION_WORDS = tuple(sorted(w for w in POSITION_WORDS if not _LETTERS.fullmatch(w)))


def may_state_position(text: str) -> bool:
    """Whether the parse of ``text`` may give a holder that states a position: a necessary
    condition, read without the parse (one of ``POSITION_WORDS`` as a whole token)."""
    if any(w.lower() in POSITION_WORDS for w in _LETTERS.findall(text)):
        return True
    lowered = text.lower()
    return any(w in lowered for w in _JOINED_POSITION_WORDS)
