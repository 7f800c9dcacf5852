"""The phrase patterns attribution relies on: what may stand between a reporting verb,
its speaker and its reported clause, and what marks a quotation, a dateline or an aside.
"""

from __future__ import annotations

import re

from parley.extract.cues import PARTICIPLES
from parley.extract.media import MEDIA
from parley.extract.quotes import Quote

BEFORE_QUOTE = re.compile(r"[^\"“”.;!?]{0,90}?(?:[:,]|\bthat)?\s*")
THAT = re.compile(r"\bthat\b")
# Between a cue and its "that" stand adverbials ("on Friday in a televised address to the
# nation"), never a verb of another clause ("the delegation affirmed that").
VERB_LIKE = re.compile(
    r"[\"“”]|\b(?:is|was|are|were|be|been|has|have|had|will|would|could|can|should|may|must"
    r"|might|do|does|did|made|took|gave|came|went|saw|got|felt|left|met|sent|told|said|knew"
    r"|thought|brought|held|kept|put|set|ran|won|lost|sought|began|became|found|stood|says"
    r"|wants|believes|thinks|knows|hopes|[a-z]{2,}ed)\b"
)
# -ed words that are adjectives or nouns in such adverbials
ED_NOT_VERB = {
    "televised", "scheduled", "detailed", "need", "speed", "united", "limited",
    "closed", "extended", "recorded", "videotaped", "unscheduled", "red", "bed",
}  # fmt: skip


def verb_like(prefix: str) -> bool:
    return any(m.group() not in ED_NOT_VERB for m in VERB_LIKE.finditer(prefix))


# After a quotation that ends its sentence: the end, a new sentence, or ', adding ...'.
ENDS_AFTER_QUOTE = re.compile(
    r"[\s.,;!?\"”’)]*(?:$|\n|[A-Z“\"]|(?:" + "|".join(PARTICIPLES) + r")\b)"
)
REPORTED_AS = re.compile(
    r"[^.!?\"“”]{0,80}?\b(?:reported|quoted|cited)\b[^.!?\"“”]{0,40}?(?P<as>\bas\s+)"
    r"(?P<cue>saying|stating|telling|writing)\b"
)
# the verb of "X quoted Y as saying", right before Y
QUOTING_VERB = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+$")
# a comma (perhaps inside a closing quote) or a dash: "..., Peskov said", "... - emphasized X"
COMMA_BEFORE = re.compile(r"(?:[,;]['\"”’]?|\s[-–—])\s+$")
NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|though|although)|;)\s+(?:(?:the|a|an|its|his|her|their)"
    r"\s+)?$"
)
# ", and after talks in Geneva on Sunday [Marco Rubio said]": a new clause whose subject
# comes after an adverbial of time or place
NEW_CLAUSE_ADVERBIAL = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:after|before|on|at|in|during|later|earlier|since)\s"
    r"[^,;:\"“”]{0,60}?\s(?:(?:the|a|an|its|his|her|their)\s+)?$"
)
# ", but no compromise was found, the aide said": a new clause (not ", but failed to ...")
# "Although X called the talks useful, he stressed ...": a pronoun opens the next statement
PRONOUN_CLAUSE = re.compile(r",\s+$")
# ", the Independent reported." closing a reported clause: the outlet, not the speaker
OUTLET_TAIL = re.compile(
    r",\s+(?:the\s+|The\s+)?(?P<outlet>(?:[A-Z][\w.&'-]*\s+){1,4})(?:reported|reports|wrote)\b"
    r"[^,;]*$"
)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
QUOTE_LABEL = re.compile(r"\s*(?:Quote|Quoted|QUOTE|Direct\s+speech)\s*:\s*")
# A quotation signed with a dash and a name that ends its paragraph ('"..." — Ana Ruiz',
# '"..." – Jo Park, a nurse in Ohio'), as readers' and witnesses' words are printed
SIGNATURE = re.compile(
    r"\s*[—–]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin)){0,4}"
    r"|[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|[a-z][\w-]*)){1,5}?\s+[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){1,2})"
    r"(?:\s*,\s*[^\"“”\n]{1,100}?)?\s*\.?\s*"
)
# "This was announced by the head of the presidential office."
PASSIVE_REPORT = re.compile(
    r"(?:This|That|It|These|Such\s+\w+)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is)\s+"
    r"(?P<cue>announced|stated|said|reported|confirmed|declared|claimed|noted|emphasi[sz]ed"
    r"|stressed|written|posted)\s+by\b"
)
# an outlet right before the verb: "The Washington Post and Washington Times reported"
MEDIA_SUBJECT = re.compile(r"(?:" + MEDIA.pattern + r")\s+(?:also\s+|first\s+|earlier\s+)?$")
DASH = re.compile(r"\s[—–]\s|\s--\s")
# ", in a late-night video address recorded in Kyiv" closing a reported clause
# (or, without the comma, right after a closing quotation mark: 'called it "a disgrace" in a
# post on X', where the quoted words end what was said)
MEDIUM_TAIL = re.compile(
    r"(?:,|(?<=[\"”]))\s+(?:in|on|during|at)\s+(?:a|an|his|her|their|its|the)\s+[^,;]{0,40}?(?:address|statement"
    r"|interview|speech|post|briefing|conference|video|remarks|appearance|message)\b[^,;]*$"
)
AS_CLAUSE = re.compile(
    r",\s+as\s+(?!long\b|well\b|soon\b|much\b|far\b|a\s+result\b)(?=[A-Z]|the\b|it\b|they\b)"
)
INFINITIVE = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b|[A-Z])[a-z]+\b"
)
# ", a clear sign that ...": the journalist's reading of what was said
GLOSS = re.compile(
    r",\s+(?:a|an|in\s+a)\s+(?:clear\s+|further\s+|rare\s+|fresh\s+|possible\s+)?"
    r"(?:sign|signal|indication|reference|nod|hint|reminder|move|step|departure|reversal)\b"
    # ", a discrepancy officials could not explain", ", a charge the office rejected", ", the
    # sharpest escalation yet": a noun that sums up what was said, the journalist's (its
    # comma may stand inside a closing quotation mark: '"... a war," a charge the office')
    r"|,[\"”]?\s+(?:a|an|the)\s+(?:[a-z]+est\s+|new\s+|further\s+)?"
    r"(?:discrepancy|charge|accusation|escalation|contradiction)\b"
    # ", a line officials read as ...", ", a claim Kyiv denies": a noun of saying that sums
    # up the words just reported, then what others made of them
    r"|,\s+(?:a|an)\s+(?:line|claim|remark|comment|phrase|formula|position)\b"
)
LAST_BUT = re.compile(
    r".*,\s+(?:but|while|although|though|yet)\s+"
    r"(?=(?:the|a|an|no|there|it|he|she|they|we|this|that|[A-Z])\b)",
    re.S,
)
# A clause of its own after a comma and a contrasting conjunction ends the clause a verb
# reports: "said the talks would go on[, but the envoy had left]", "argued that the terms
# were fair[, while critics called them a surrender]" (the journalist's counterpoint; "but
# that ..." goes on with the same report)
CONTRAST_TAIL = re.compile(
    r",\s+(?:but|while|whereas|although|though|even\s+as|even\s+though)\s+(?!that\b)"
    r"(?=(?:the|a|an|no|there|it|he|she|they|we|this|these|those|his|her|their|its|[A-Z])\b)"
)
# (the abbreviated titles of news copy before a name: "said Sen. Dana Whitlow", "Rep.", "Gov.")
_TITLES = r"Sen|Rep|Gov|Lt|Gen|Col|Capt|Cmdr|Adm|Sgt|Amb|Supt|Atty|Pres|Sec"
TIGHT_GAP = re.compile(
    r"\s*(?:(?:the|The|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|(?:" + _TITLES + r")\.)\s+)?"
    # a title's possessor: "said the company's chief executive, ..."
    r"(?:(?<=the\s)[a-z][\w-]*['’]s\s+)?"
)
LOOSE_GAP = re.compile(
    # (a legislature's chamber before the title: "said one Senate aide")
    r"\s*(?:(?:[a-z][\w-]*|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|Lord|Lady|Senate|House"
    r"|Congressional|Parliamentary|(?:" + _TITLES + r")\.)\s+){0,3}"
)
# "KYIV, Nov 20 (Wire) - ", "GENEVA (AP) — ", "MOSCOW, November 28. /TASS/. ",
# "ZAPORIZHZHIA, Ukraine - ", "GOMA, Democratic Republic of Congo - "
DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,}(?:/[A-Z][A-Z .'’-]{2,})*(?:,\s+[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,2})?"
    r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}\.?)?"
    # (a hyphen joined to the next word is a name's: "ULFA-Independent issued")
    r"(?:(?:\s*\([^)]{1,30}\))?(?:\s*[—–]|\s+-|-(?=\s))\s*|\s*/[^/]{1,20}/\.?\s*)"
)
# Before a cue word: "what he called", "a draft which indicates", "if Kyiv said no",
# "Kyiv would pledge", "to say" -- no report of what somebody said.
NOT_REPORTING = re.compile(
    r"\bwhat\s+(?:[\w'’-]+\s+){1,4}$|\b(?:which|that)\s+(?:also\s+)?$|\b(?:if|unless|whether)\s+(?:\w+\s+){0,3}$"
    # ("May said": a capitalised May inside a sentence is a name, not the modal)
    r"|\b(?:would|could|might|should|(?-i:may)|must|will|shall|can|cannot|to)\s+"
    r"(?:also\s+|not\s+|never\s+)?$"
    # a negated verb: "has not said whether", "did not publicly say", "neither side has
    # said": what follows is what was left unsaid
    r"|(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|publicly|explicitly|officially|formally|directly"
    r"|specifically|immediately)\s+)?$"
    r"|\b(?:neither|nobody|no\s+one|none)\b(?:\s+[\w'’-]+){0,3}\s+(?:(?:has|have|had|did|does)\s+)?$"
    # "few governments have welcomed ...": almost nobody (not "a few officials said")
    r"|(?<!\ba\s)\bfew\s+(?:[\w'’-]+\s+){1,3}(?:(?:has|have|had|did|do)\s+)?$",
    re.IGNORECASE,
)
# ", secretary of Ukraine's security council," / ", a foreign policy adviser to Putin,":
# an apposition between a name and its verb
APPOSED = re.compile(
    r"(?:\s+\([DRI]\s*[-–]\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?\))?"
    r"\s*,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the|his|her)\s+)?[^,;\"“”]{2,90},\s*"
    # an adverb before the verb: "X, the attorney-general, later said publicly that"
    r"(?:(?:later|also|then|again|earlier|separately|previously)\s+)?"
)  # (an age first: ", 34, a motorcycle-taxi driver,"; a party label: " (R-Ohio), a member,")
# "..., and one in four said ...", "... while other voters said ...": a short noun phrase
# after a conjunction, right before a reporting verb, is another speaker
OTHER_SPEAKER = re.compile(
    r"(?:,\s+|\s+)(?:and|but|while|whereas)\s+(?P<who>(?:[\w%'’.-]+\s+){1,9})$"
)
# and-coordinated verbs of one subject: "urged lawmakers to ..., and said ..."
SAME_SUBJECT = re.compile(r"(?:,\s*)?\s(?:and|but|while)\s+(?:also\s+|later\s+|then\s+)?$")
TAIL = re.compile(r"[\s,;:.!?\-–—]+$")
HEAD = re.compile(r"[\s,:;\-–—•*·]+")
CONCESSIVE = re.compile(
    r",?\s+(?:despite|in spite of|while|even as)\s+what\s+\w+\s+"
    r"(?:described|called|termed|characterized|characterised|labelled|labeled)\b"
)
TIME = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|late|early|late on|early on|last|this|earlier|later)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b,?"
)
# every match of ``TIME`` holds one of these (its day words as written)
_TIME_WORDS = re.compile(r"day|tonight|week")


def times_dropped(text: str) -> str:
    """``text`` with each match of ``TIME`` taken out, a comma it closed on kept (the text
    itself when none can be there: most reporting clauses name no day)."""
    if _TIME_WORDS.search(text) is None:
        return text
    return TIME.sub(lambda t: "," if t.group().endswith(",") else "", text)


TOLD_OBJECT = re.compile(
    r"\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:conference|briefing|meeting|summit|forum|session|audience|crowd"
    r"|channel|network|broadcaster|newspaper|agency|outlet|station|programme|program|show)"
    r"|(?:his|her|their)\s+\w+|him|her|them|us|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"|the\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+"  # "the Baltic Morning Post"
    r"|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[,.;]|that\b|$)))"
    r"(?:\s+(?:in|at|on)\s+[A-Z]\w+)?"
)
# ", one U.S. official said" / ", a senior diplomat told": the comma before the speaker
REPORTING_HEAD = re.compile(r"(?:,['\"”’]?|\s[-–—])\s*(?:[\w.’'-]+\s+){0,4}$")
# between a closing quote and its speaker: ', a senior ', ' -- the '
QUOTE_TO_SPEAKER = re.compile(
    r"[\s,—–-]*(?:(?:[a-z][\w-]*|The|A|An|One|Two|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Lord|Lady"
    r"|(?:" + _TITLES + r")\."
    # a capitalised modifier after an article: "a Western diplomat", "the Gulf official"
    r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\bA )|(?<=\bAn )|(?<=\bThe ))[A-Z][a-z]+"
    # an acronym before a title: "GDL chairman", "UAW president"
    r"|[A-Z]{2,6})\s+)"
    r"{0,4}"
)
# Section labels some outlets put before a paragraph: "Why it matters: ", "The other side: "
LABEL = re.compile(r"(?:[A-Z][\w'’]*)(?:\s+[\w'’]+){0,4}:\s+(?=[A-Z\"“])")
MEDIUM = re.compile(
    r"\s*,?\s*(?:on|in|via|to)\s+(?:X|Telegram|Facebook|Twitter|Truth\s+Social|Instagram|social\s+media"
    r"|(?:state\s+)?(?:television|TV|radio)|(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|post|video|address|speech|briefing|message|call|op-ed|article))"
    r"(?:\s+(?:on|to|with)\s+(?:X|Telegram|Facebook|Twitter|Truth\s+Social|[A-Z][\w.]*(?:\s+[A-Z]\w*)*))?"
    # a participle on the medium before the reported "that": "in a video posted online that"
    r"(?P<participle>\s+[a-z]+ed(?:\s+(?!that\s)[\w.'’-]+){0,5}?\s+that(?=\s))?"
    r"\s*,?"
)
LEADING_PP = re.compile(
    r"\s*(?:on|in|at|before|after|during|from|via|to|with|while|when|ahead\s+of|again)\b"
)
# What may follow a reporting verb at the end of a sentence: place, medium, occasion.
# ", giving no more details" after a reporting verb: the journalist's aside, not content
# A noun phrase in apposition to the whole report, after the attribution: "..., Trump said
# Wednesday, a breakthrough after two years of war." (not a clause: no verb in its first
# words, unlike "said, a deal is close").
TRAILING_APPOSITIVE = re.compile(
    r"\s*,\s+(?:a|an)\s+(?!(?:(?!(?:that|which|who)\s)[\w'-]+\s+){0,2}(?:is|are|was|were|has|have"
    r"|had|will|would"
    r"|could|can|may|might|must|should)\b)[^;:\"“”]*[.!?\"”’\s]*"
)
# What may follow a speaker named after its verb ("..., said Dan Gerstein, director of a
# consultancy in New York." / "..., said Larry Sabato, who directs a centre ..."): an
# apposition with or without an article, or a relative clause, never a new clause.
INVERTED_APPOSITION = re.compile(
    r"\s*,\s+(?:who\b|(?:(?:a|an|the|his|her|its|their)\s+)?(?!(?:[\w'’-]+\s+){0,2}"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says)\b))"
    r"[^;:\"“”]*[.!?\"”’\s]*"
)
# What follows "according to X" to the sentence's end when it is about X: an apposition
# (", chief economist at the bank", ", a spokesman for ...") or a relative clause (",
# which favors incumbents"), not a predicate (", raises pay by 62%")
ABOUT_SOURCE = re.compile(
    r"\s*,\s+(?!(?:[\w'’-]+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|could|can|may"
    r"|might|must|should|did|does|do)\b)"
    r"(?:who|which|whose|(?:a|an|the)\s|(?:[a-z-]+\s+){1,3}(?:of|for|at|to|with|in)\s)"
    r"[^;:\"“”]*[.!?\"”’\s]*"
)
TRAILING_PARTICIPLE = re.compile(r"\s*,\s+[a-z]+ing\b[^;:\"“”]*[.!?\"”’\s]*")
# A participial clause after a comma that closes a reported clause: "..., throwing a wrench
# in the nominee's efforts", "..., with Lewandowski taking to Twitter": the journalist's
# account of what the report did, not its content ("including", "during" are no such verb)
ADJUNCT_PARTICIPLE = re.compile(
    r",\s+(?:with\s+(?:[\w.'’-]+\s+){1,4}?)?(?!(?:including|according|during|nothing|something"
    r"|anything|everything|notwithstanding|concerning|regarding|excluding|following|pending"
    r"|being)\b)[a-z]{3,}ing\s"
)
# A subordinate clause after a comma that closes a reporting clause: "..., the senators said
# Friday, as they pressed for a vote" (the verb's complement never opens with one)
SUBORDINATE_TAIL = re.compile(
    r"\s*,\s*(?:as|while|when|whereas|after|before|because|although|though|since|amid|until"
    # "..., the officials said, with the spare parts at the top of the list": an absolute
    # phrase, the journalist's
    r"|even\s+as|with)\s+(?![^;:\"“”]*,\s+that\b)[^;:\"“”]*[.!?\"”’\s]*"
)
TRAILING_ADVERBIAL = re.compile(
    r"\s*(?:,\s*)?(?:on|in|at|to|during|after|before|from|via|with|when|while|late|earlier"
    r"|told|speaking|according|adding|citing|as|without|ahead|afterwards|later|earlier|then|too"
    r"|again|also|separately|recently|yesterday|today|publicly|privately|late|aboard|outside|of"
    r"|inside|following|near|through|while|in"
    # "..., two people familiar with the talks said, most of them by video link."
    r"|(?:most|many|some|all|several|both|none|each|half|one|two|three|four)\s+of"
    r"\s+(?:them|which|whom|those|these))\b[^;:\"“”]*?"
    r"[.!?\"”’\s]*"
)
ASIDE = re.compile(
    r",\s+(?:who|which|whose|whom|speaking|writing|appearing|addressing|asked|according|in|at"
    r"|on|during|after|before|when|while)\b[^,]*,"
)
APPOSITION_GAP = re.compile(r"\s*,\s*(?:\d{1,3},\s*)?(?:(?:the|a|an|his|her|its)\s+)?")
# The text of a plan or deal: "according to the draft" reports its terms, nobody's words.
TERMS_TEXT = re.compile(
    r"^(?:the|a|an|this|that)?\s*"
    r"(?:(?:leaked|latest|new|revised|original|final|current|earlier|previous)\s+)*"
    r"(?:draft|copy|text|document|plan|version|proposal|framework|agreement|deal|decree|accord"
    r"|treaty|memorandum)\b",
    re.IGNORECASE,
)
DOCUMENTS = re.compile(
    r"^(?:the|a|an)?\s*(?:draft|copy|text|document|documents|report|reports|plan|data|figures"
    r"|estimates?|version|proposal|leaked|tally|count|poll|survey|map|analysis|statement"
    r"|readout|transcript|summary|website|decree|memo|letter|framework|agreement)\b",
    re.IGNORECASE,
)


def in_brackets(text: str, pos: int, floor: int) -> bool:
    """True inside an open parenthesis: '(Wire)', '(R)'."""
    return text.rfind("(", floor, pos) > text.rfind(")", floor, pos)


def after_comma(text: str, pos: int) -> bool:
    """True when a comma (perhaps inside a closing quote) comes just before ``pos``."""
    return COMMA_BEFORE.search(text, max(0, pos - 4), pos) is not None


def covered_by_quote(a: int, b: int, quotes: list[Quote]) -> bool:
    return any(q.mark_start <= a + 1 and q.mark_end >= b - 1 for q in quotes)


# what ends the sentence or quotation before a reporting verb
CLAUSE_STOPS = (". ", "\n", '," ', ",” ")


def start_before(text: str, verb: int, reach: int, stops: tuple[str, ...] = CLAUSE_STOPS) -> int:
    """Where the words before ``verb`` start: after the last of ``stops`` within ``reach``
    characters before it, else ``reach`` characters back."""
    lo = max(0, verb - reach)
    return max(lo, max(text.rfind(stop, lo, verb) for stop in stops) + 1)


def clause_boundary(text: str, a: int, end: int) -> int:
    m = re.compile(r"[,;.!?]").search(text, a, end)
    return m.start() if m else end
