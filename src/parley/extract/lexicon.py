"""Word patterns behind the event and stance rules, kept apart from the logic.

Each PLOVER type has weighted patterns; the type with the highest total wins and
ties go to the earlier type in ``PRECEDENCE``. Patterns are case-insensitive.
"""

from __future__ import annotations

import re

from parley.extract.scan import Caseless, WordScan, by_first_letter

PRECEDENCE = (
    "THREATEN", "ACCUSE", "REJECT", "CONCEDE", "AGREE", "REQUEST", "SUPPORT", "CONSULT",
    "SANCTION", "AID", "ASSAULT", "MOBILIZE", "PROTEST", "COOPERATE", "RETREAT", "COERCE",
)  # fmt: skip

# The cue verb alone decides for these.
CUE_EVENTS = {
    "accuse": "ACCUSE", "allege": "ACCUSE", "blame": "ACCUSE", "complain": "ACCUSE",
    "threaten": "THREATEN", "urge": "REQUEST", "demand": "REQUEST", "reject": "REJECT",
    "deny": "REJECT", "welcome": "SUPPORT", "pledge": "AGREE", "vow": "AGREE",
    "promise": "AGREE", "agree": "AGREE", "concede": "CONCEDE", "propose": "REQUEST",
}  # fmt: skip
# Cue verbs that lean one way without deciding.
CUE_WEIGHTS = {
    "warn": ("THREATEN", 1.5), "caution": ("THREATEN", 1.0), "insist": ("REQUEST", 1.0),
    "call": ("REQUEST", 1.0), "admit": ("CONCEDE", 1.0), "acknowledge": ("CONCEDE", 0.5),
}  # fmt: skip

_RAW: dict[str, list[tuple[str, float]]] = {
    "THREATEN": [
        (
            r"\b(?:offensive|fighting|war|strikes|operation)\s+will\s+(?:go\s+on|continue)\b"
            r"|\bwill\s+continue\s+(?:the\s+)?(?:war|fighting|offensive|operation|strikes)\b",
            3.5,
        ),  # fmt: skip
        (r"\bor\s+(?:by\s+)?force\b|\bor\s+face\b|\bshould\s+convince\b|\bor\s+else\b", 3.5),
        (
            r"\bif\b[^.]{0,160}\b(?:will|would)\b[^.]{0,120}\b(?:inevitabl\w*|force|military|war"
            r"|strike|respond|consequences?|happen|lose|continue|fight|offensive|advance|take"
            r"|targets?|different\s+situation)\b",
            3,
        ),
        (
            r"\bif\b[^.]{0,80}\b(?:refus|reject|does\s*n[o']t|don't|fail)\w*[^.]{0,160}"
            r"\b(?:will|would)\b",
            4,
        ),
        (
            r"\b(?:will|would)\b[^.]{0,120}\bif\b[^.]{0,80}\b(?:refus|reject|fail|does\s*n[o']t"
            r"|don't|do\s+not|did\s*n[o']t)\w*",
            4,
        ),
        (r"\bwill\s+inevitably\b|\bor\s+else\b|\bone\s+way\s+or\s+another\b", 3),
        (r"\bready\s+to\s+(?:fight|go\s+to\s+war|respond|strike|retaliate)\b", 4),
        (r"\bshrinking\b|\b(?:will|would|could)\s+lose\b|\blose\s+(?:more|even\s+more)\b", 2),
        (r"\b(?:face|suffer|bear)\s+(?:the\s+)?consequences\b|\blegitimate\s+targets?\b", 3),
        (r"\bby\s+military\s+means\b|\bultimatum\b|\bretaliat\w*|\bthreaten\w*", 2),
        (r"(?<!changed )(?<!change )\bby\s+force\b", 1.5),
        (
            r"\bready\s+(?:right\s+)?now\b|\bgo\s+to\s+war\b|\bwe\s+will\s+(?:respond|strike|act)\b",
            2,
        ),
        (r"\botherwise\b|\bfundamentally\s+different\s+situation\b|\bwill\s+take\b", 1.5),
    ],
    "ACCUSE": [
        (r"\bdisaster\w*|\bdestroy\w*|\bvicious\b|\bhorrible\b", 2.5),
        (
            r"\bfeeble\b|\bweak\b|\bfalling\s+apart\b|\bdecay\w*|\bincompeten\w*|\bpathetic\b"
            r"|\bdisgrace\w*|\bshameful\b|\bfools?\b|\bstupid\b|\bdelusion\w*",
            3,
        ),  # fmt: skip
        (
            r"\bpira(?:cy|te\w*)\b|\bnot\s+a\s+democracy\b|\binconsistent\b|\bcan(?:not|'t)\s+be\s+trusted\b"
            r"|\bpaid\s+agent\b|\bincomprehensible\b|\bdouble\s+standards?\b|\bhypocri\w*",
            3,
        ),  # fmt: skip
        (r"\bescalat\w*|\bnot\s+seeking\s+peace\b|\bcondemn\w*", 3),
        (
            r"\blet\s+down\b|\bdisappoint\w*|\boffered\s+nothing\b|\bcould\s+have\s+\w+ed\b"
            r"|\bone\s+(?:attacker|aggressor)\b",
            2.5,
        ),  # fmt: skip
        (
            r"\bdream\w*\s+of\b|\baccus\w*|\bblam\w*|\blie[sd]?\b|\blying\b|\bsabotag\w*|\bspoil\w*",
            3,
        ),
        (
            r"\bwarmonger\w*|\bprovocat\w*|\baggress(?:ion|or)\b|\bwar\s+crim\w*|\bterror\w*",
            2.5,
        ),
        (
            r"\bobstruct\w*|\bunrealistic\b|\bpropaganda\b|\bbad\s+faith\b|\bstall\w*|\bpretend\w*",
            2.5,
        ),
        (r"\b(?:buy|buying|win|gain|play\w*\s+for)\s+time\b|\bdrag\w*\s+out\b|\bprolong\w*", 3),
        (
            r"\bzero\s+gratitude\b|\bungrateful\b|\bno\s+gratitude\b|\b(?:side|party)\s+of\s+war\b",
            3,
        ),
        (
            r"\bfail(?:ed|s|ing)?\b|\b(?:existential\s+)?threat\s+to\b|\bhave\s+no\s+interest\s+in\b",
            1.5,
        ),
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+want\s+peace\b|\bno\s+(?:sign|intention)\s+(?:that|of)",
            3,
        ),
        (
            r"\bderail\w*|\blost\s+(?:his\s+|its\s+|their\s+)?legitimacy\b|\blast\s+Ukrainian\b"
            r"|\bwant\w*\s+the\s+war\s+to\s+continue\b|\baimed\s+at\s+(?:derailing|undermining)",
            3,
        ),
        (r"\bkill\w*|\bmurder\w*|\bdisinformation\b|\bmanipulat\w*|\bhypocri\w*|\bblackmail\w*", 2),
        (
            r"\bfantas\w*|\balternative\s+reality\b|\bridiculous\b|\babsurd\b|\bnonsense\b"
            r"|\bhysteri\w*|\bregime\b|\billegitimate\b|\bdeceiv\w*|\bbetray\w*",
            2,
        ),
        (r"\b(?:is|are|was|were|keeps?)\s+(?:still\s+)?trying\s+to\b|\bkeep\s+fighting\b", 1.5),
        (
            r"\binvad\w*|\binvasion\b|\bstrik\w*\s+(?:Ukrainian\s+)?(?:cities|civilians|energy)\b",
            1.5,
        ),
        (r"\bundermin\w*|\bviolat\w*|\bignor\w*|\bto\s+blame\b|\bresponsible\s+for\b", 1.5),
    ],
    "REJECT": [
        (
            r"\b(?:cannot|can't|can’t|doesn't|doesn’t|does\s+not|won't|won’t|will\s+not|do\s+not|don't|don’t)"
            r"\s+work\s+for\s+us\b",
            4,
        ),  # fmt: skip
        (
            r"\bnot\s+(?:yet\s+)?(?:ready|prepared|willing)\s+(?:to|for)\b"
            r"(?!\s+(?:walk\s+away|give\s+up|abandon|quit))",
            4,
        ),  # fmt: skip
        (r"\bdeclined?\s+to\b|\b(?:does|do|did)\s*(?:not|n't)\s+intend\s+to\b", 3),
        (
            r"\breject\w*|\brefus\w*|\bturn(?:s|ed|ing)?\s+(?:\w+\s+)?down\b|\brebuff\w*|\bspurn\w*"
            r"|\bagainst\s+it\b|\bunacceptable\b|\bnot\s+acceptable\b",
            3,
        ),  # fmt: skip
        (r"\bdead\b|\bnon-?negotiable\b|\bwill\s+never\b", 2),
        (
            r"\bno\s+compromises?\b|\bnot\s+(?:yet\s+)?(?:found|reached)\s+(?:a\s+|any\s+)?"
            r"(?:compromise|deal|agreement)|\bunconstructive\b|\bdoes\s+not\s+suit\b|\bpointless\b"
            r"|\bnot\s+going\s+to\s+(?:be|accept|sign|agree)\b",
            3.5,
        ),  # fmt: skip
        (
            r"\b(?:won't|will\s+not|cannot|can't|would\s+not|wouldn't|never|not)\s+(?:\w+\s+)?"
            r"(?:accept|agree|recogni[sz]e|sign|give\s+up|cede|surrender|withdraw|trade|ratify"
            r"|allow|tolerate)\w*",
            3,
        ),
        (
            r"\bno\s+(?:deal|way|right|place|question)\b|\bopposed?\b|\bopposition\b|\bred\s+lines?\b",
            2,
        ),
        (
            r"\bnon-starter\b|\bcapitulat\w*|\bout\s+of\s+the\s+question\b|\bdismiss\w*"
            r"|\bdead\s+on\s+arrival\b|\bnot\s+for\s+sale\b|\binadmissib\w*|\bimpossible\b",
            2.5,
        ),
        (
            r"\bnot\s+(?:been\s+)?discussed\s+with\s+us\b|\bnot\s+(?:a\s+)?basis\b"
            r"|\bnot\s+constructive\b|\bdenied\b|\bdeny\b|\bmust\s+not\b|\bshould\s+not\b"
            r"|\bnot\s+interfere\b|\bno\s+mandate\b|\bdictated\b|\bnot\s+(?:be\s+)?subject\s+to\b"
            r"|\bcannot\s+be\s+changed\b",
            2,
        ),
    ],
    "CONCEDE": [
        (r"\bnot\s+(?:my|his|her|our|the|a)\s+final\s+offer\b|\bflexib\w*|\bconcession\s+on\b", 3),
        (r"\bwhen\s+it'?s\s+over\b|\bmay\s+have\s+to\s+accept\b|\bcould\s+accept\b", 2),
    ],
    "AGREE": [
        (
            r"\binterest\s+in\s+(?:a\s+)?(?:political|diplomatic|peaceful|negotiated)\b"
            r"|\baims?\s+to\s+resolve\b|\bresolve\s+the\s+differences\b|\bnot\s+ready\s+to\s+walk\s+away\b",
            3,
        ),  # fmt: skip
        (
            r"\b(?:always|remain|remains|still)\s+open\b|\bengage\w*\s+constructively\b"
            r"|\b(?:would|will)\s+(?:begin|start)\s+work",
            3,
        ),  # fmt: skip
        (
            r"\b(?:want\w*|hop(?:e|es|ed|ing)|seek\w*|aim\w*|intend\w*|tr(?:y|ies|ied|ying)|plans?"
            r"|willing|determined)\s+to\s+(?:revive|resume|restart|continue|hold|broker|facilitate|help"
            r"|contribute|host|mediate|achieve|reach|find)\b",
            3,
        ),
        (
            r"\bcontribute\s+to\b|\bno\s+stone\s+unturned\b|\bbroker\w*\b|\bmediat\w*|\bfacilitat\w*"
            r"|\bI\s+agree\b|\bagree\s+with\b",
            2.5,
        ),  # fmt: skip
        (
            r"\bplan\s+to\s+continue\b|\broom\s+for\s+(?:negotiation|compromise|manoeuvre|maneuver)\b"
            r"|\bwill\s+[“\"]?work\b",
            2.5,
        ),  # fmt: skip
        (
            r"\bnot\s+against\b|\b(?:options|door|doors)\s+(?:are|is|remains?|remain)\s+open\b"
            r"|\beverything\s+is\s+on\s+the\s+table\b",
            3,
        ),  # fmt: skip
        (r"\b(?:ready|prepared|willing|open)\s+(?:to|for)\b|\bwillingness\b|\breadiness\b", 3),
        (r"\bagree[sd]?\s+(?:to|on|that)\b|\bagreed\b|\bcompromise\b|\bcommit\w*\s+to\b", 2),
        (r"\bwill\s+(?:negotiate|send|work|host|continue)\b|\bcontinue\s+working\b", 2),
        (
            r"\b(?:I|we)\s+will\s+(?:present|offer|look\s+for|argue|work|do|find|continue)\b"
            r"|\bcommitted\s+to\b",
            2.5,
        ),
        (
            r"\bgood\s+chance\b|\bmake\s+a\s+deal\b|\bdeal\s+(?:is\s+)?close\b|\bclose\s+to\s+a"
            r"\s+(?:deal|agreement)\b|\bagreement\s+(?:was|has\s+been)\s+reached\b|\bbreakthrough\b",
            2,
        ),
        (
            r"\bdo\s+(?:its|our|their|his)\s+part\b|\boffer\w*\s+(?:to\s+host|\w+\s+as\s+a\s+venue)"
            r"|\bcould\s+help\b|\btiming\s+is\s+right\b|\bconsensus\b",
            2,
        ),
    ],
    "REQUEST": [
        (r"\btime\s+for\b|\bexpect\s+of\b|\bresponsible\s+decision\b|\bdo\s+it\s+now\b", 2.5),
        (
            r"\brequest\w*|\bdemand\w*|\bmust\b|\bshould\b|\bneeds?\s+to\b|\bhave\s+to\b|\bhas\s+to\b"
            r"|\bhad\s+to\b",
            2,
        ),
        (r"\bcall\w*\s+(?:on|for)\b|\burg\w*|\binsist\w*|\bappeal\w*|\bwe\s+ask\b|\basks?\b", 2),
        (
            r"\b(?:the\s+)?(?:task|main\s+thing|priority|goal)\s+is\b|\bbehind\s+\w+(?:'s)?\s+back\b"
            r"|\bit\s+would\s+be\s+good\b|\bhope[sd]?\s+to\b|\btold\s+to\b",
            2,
        ),
        (r"\bconcessions?\b|\brequire\w*|\bexpect\w*\s+\w+\s+to\b|\bneed\w*\b|\bdeadline\b", 1.5),
        (
            r"\bwants?\s+\w+(?:\s+\w+)?\s+to\b|\bimportant\s+that\b|\b(?:essential|crucial|vital)\b"
            r"|\bat\s+the\s+table\b|\bguarantee\w*|\bwithout\s+Ukraine\b"
            r"|\bnothing\s+about\b|\bmeans\s+a\s+peace\b|\bjust\s+and\s+lasting\b",
            1.5,
        ),
    ],
    "SUPPORT": [
        (r"\bready\s+to\s+support\b", 4),
        (r"\bstand\s+(?:with|by)\b|\bunwavering\s+support\b|\bcount\s+on\s+(?:our|us)\b", 3),
        (
            r"\b(?:wrong|incorrect|inaccurate|not\s+true|false|not\s+correct)\b[^.]{0,60}"
            r"\b(?:reject\w*|turn\w*\s+down|refus\w*)",
            4.5,
        ),  # fmt: skip
        (r"\bbasis\b|\bfoundation\b", 2.5),
        (r"\bsupport\w*|\bwelcom\w*|\bendors\w*|\bpositive\b", 2),
        (
            r"\bconstructive\b|\bgood\s+(?:plan|deal|step|start|idea|proposal|basis|document)\b"
            r"|\buseful\b|\bstep\s+forward\b|\bright\s+direction\b|\boptimis\w*|\bencourag\w*",
            2,
        ),
        (
            r"\bpromising\b|\bapprov\w*|\bvaluable\b|\bbest\s+chance\b|\bhopeful\b|\bhope\b"
            r"|\b(?:much\s+)?better\b|\bwork\s+with\b|\bmoved\s+from\b|\bgrateful\b|\bthank\w*"
            r"|\bappreciat\w*|\bacceptable\b|\bconfident\b|\bstrong\s+framework\b|\bdone\s+something\b",
            1.5,
        ),
        (r"\bback(?:s|ed|ing)?\s+(?:the|a|this|his|Trump)\b|\bfair\b|\bfavou?r\w*", 1),
        (
            r"\bgood\s+news\b|\bgood\s+for\b|\b(?:could|can|would)\s+accept\b|\bcloser\s+to\b"
            r"|\bis\s+good\b",
            2,
        ),  # fmt: skip
    ],
    "CONSULT": [
        (r"\bwill\s+meet\b", 2),
        (
            r"\b(?:will|to)\s+(?:meet|speak|talk)\s+(?:with|to)\b|\bset\s+to\s+(?:meet|speak|talk)\b",
            2.5,
        ),
        # praise for the talks themselves reports the talks
        (
            r"\b(?:talks|meeting|conversation|discussions?|session|call|negotiations|consultations"
            r"|exchange|dialogue)\b[^.]{0,50}\b(?:useful|constructive|productive|substantive|frank"
            r"|businesslike|successful|positive|good|meaningful|worthwhile|rewarding)\b",
            3.5,
        ),  # fmt: skip
        (r"\bno\s+(?:breakthrough|progress)s?\b", 3.5),
        (r"\bbrief\w*|\btalks\b|\bmeeting\b|\bmet\b|\bmeet\b|\bconsult\w*|\bdiscuss\w*", 1.5),
        (
            r"\bnegotiat\w*|\bphone\s+call\b|\bspoke\s+(?:with|to)\b|\bcall\s+with\b|\bdelegations?\b"
            r"|\bvisit\w*|\bsummit\b|\bdialogue\b|\bconversation\b|\bcontacts?\b|\bsession\b",
            1,
        ),
        (
            r"\bproductive\b|\bprogress\b|\bpoints?\s+remain\w*|\bremaining\s+(?:issues|questions"
            r"|points)\b|\bround\b|\bvoice\b|\breceived\b|\bhanded\b|\bpresented\b|\bsent\b"
            r"|\bframework\b|\bdraft\b|\btext\b|\bdocument\b|\bheard\b|\bdecide\b|\bworking\s+on\b",
            0.75,
        ),
    ],
    "PROTEST": [
        (
            r"\bnot\s+(?:been\s+)?(?:consulted|informed|briefed|invited)\b|\bfrom\s+the\s+press\b"
            r"|\bover\s+(?:the|our|their)\s+heads?\b|\bspectators?\b",
            3,
        ),
    ],
    "SANCTION": [(r"\bsanction\w*|\btariff\w*|\bembargo\b|\bpressure\s+on\b", 1.5)],
    "AID": [(r"\b(?:aid|weapons|assistance|funding|supplies|troops|contingent|force)\b", 1)],
    "ASSAULT": [(r"\b(?:attack\w*|shell\w*|bomb\w*|drone\s+strikes?|missile\s+strikes?)\b", 1)],
}
RULES: list[tuple[str, float]] = [(e, w) for e, pats in _RAW.items() for _, w in pats]
# All patterns in one alternation, one named group each, so a text is scanned once; the
# scan tries at each word start only the patterns that can start with its letter.
# Every pattern starts a word: the leading \b lets the scan skip mid-word positions at once.
EVENT_SCAN = WordScan(
    [(f"r{i}", p) for i, (p, _) in enumerate(p for pats in _RAW.values() for p in pats)],
    re.IGNORECASE,
)

# Polarity of the reported position toward the plan or the process.
# Each list's alternatives are gathered under their first letters (``by_first_letter``: the
# same matches; the stance counts read every statement). The stance patterns ignore case
# (``Caseless``: lower-cased, on lower-cased ASCII text).
_POSITIVE_WORDS = (
    r"support\w*|welcom\w*|basis|foundation|positive|constructive|good|great|better"
    r"|progress|productive|optimis\w*|hope\w*|ready|prepared|willing\w*|agree\w*"
    r"|accept(?:able)?|work\s+with|useful|step\s+forward|encourag\w*|confident|grateful"
    r"|thank\w*|appreciat\w*|peace\s+negotiations|compromise|breakthrough|deal|fair|just"
    r"|lasting"
)
POSITIVE = Caseless(rf"\b(?:{by_first_letter(_POSITIVE_WORDS, re.IGNORECASE)})\b")
_NEGATIVE_WORDS = (
    r"reject\w*|refus\w*|against|unacceptable|oppos\w*|never|not|no|cannot|can't|won't"
    r"|doesn't|don't|isn't|aren't|wasn't|without|problems?|dangerous|capitulat\w*|dictated"
    r"|surrender\w*|threat\w*|aggress\w*|kill\w*|lie|lies|fantas\w*|sabotag\w*"
    r"|obstruct\w*|unrealistic|concerns?|worr\w*|difficult|delicate|sensitive|red\s+lines?"
    r"|mistake|wrong|bad|hard|dead|pointless|by\s+force|concerned|worried|sceptic\w*"
    r"|skeptic\w*|doubt\w*|spectators?|impossible|inadmissib\w*|premature|pressure"
    r"|demands?"
)
NEGATIVE = Caseless(rf"\b(?:{by_first_letter(_NEGATIVE_WORDS, re.IGNORECASE)})\b")
# A position that accepts part of the plan or leaves work open.
PARTIAL = Caseless(
    r"\bsome\s+(?:of\s+(?:the|its)\s+)?(?:\w+\s+)?(?:points|ideas|provisions|elements|parts"
    r"|proposals|aspects|issues)\b|\b(?:more|further|additional)\s+work\b|\bnot\s+yet\b"
    r"|\bstill\s+(?:needs?|requires?|to\s+be|some)\b|\bremain\w*\s+(?:issues|questions|points"
    r"|differences|details)\b|\b(?:issues|questions|points|details)\s+remain\w*|\bdelicate\b"
    r"|\bsensitive\b|\bwork\s+in\s+progress\b|\bstarting\s+point\b|\bnot\s+final\b"
    r"|\bin\s+principle\b|\bwith\s+(?:some\s+)?reservations\b|\bcautious\w*",
)
# "not insurmountable", "not a one-sided wish list", "not his final offer": a denied
# objection reads as support
DENIED_NEGATIVE = Caseless(
    r"\bnot\s+(?:an?\s+|the\s+|his\s+|our\s+|my\s+)?(?:\w+\s+){0,2}?(?:insurmountable|one-sided"
    r"|wish\s+list|final\s+offer|obstacle|problem|capitulation|surrender|ultimatum|threat)\b",
)
# a dilemma or a hedge: the position is mixed
DILEMMA = Caseless(
    r"\b(?:choice|choose|choosing)\s+between\b|\bdilemma\b|\bon\s+the\s+one\s+hand\b"
    r"|\bdifficult\s+(?:choice|moment|decision)s?\b|\bin\s+principle\b|\bwith\s+reservations\b",
)
CONTRAST = Caseless(r"\b(?:but|however|although|though|yet|still|while|whereas)\b")
