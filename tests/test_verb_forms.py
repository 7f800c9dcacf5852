"""The verb forms stored in parley/data/verb_forms.json are lemminflect's, for every verb
the extraction inflects on import, so that start-up need not load lemminflect's tables.

After adding a verb to a lemma list, rewrite the file:
``.venv/bin/python tests/test_verb_forms.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from parley.extract import cues
from parley.extract.cues import _stored_verb_forms, inflect_verb

STORED = Path(cues.__file__).parents[1] / "data" / cues.VERB_FORMS_FILE
REWRITE = "rewrite it: .venv/bin/python tests/test_verb_forms.py"


# Run in a fresh interpreter: which verbs the extraction modules inflect on import (cues'
# own lists, and every verb_forms() call of the modules imported after it).
_ASKED = """
import json
from parley.extract import cues
asked = set(cues.SPEECH_LEMMAS | cues.TOPIC_LEMMAS | cues.CLAUSE_LEMMAS | cues.PERSON_LEMMAS)
inflect = cues.verb_forms
def recording(lemma):
    asked.add(lemma)
    return inflect(lemma)
cues.verb_forms = recording
import parley.extract.pipeline
print(json.dumps(sorted(asked)))
"""


def expected() -> dict[str, list[str]]:
    """lemminflect's forms of the verbs the extraction modules inflect on import."""
    done = subprocess.run(
        [sys.executable, "-c", _ASKED], capture_output=True, text=True, check=True
    )
    return {lemma: sorted(inflect_verb(lemma)) for lemma in json.loads(done.stdout)}


def test_the_stored_forms_are_lemminflects() -> None:
    assert _stored_verb_forms() == expected(), f"{STORED.name} is out of date: {REWRITE}"


def test_extraction_loads_without_lemminflect() -> None:
    code = "import sys, parley.extract.pipeline; print('lemminflect' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", f"a verb is missing from {STORED.name}: {REWRITE}"


if __name__ == "__main__":
    rows = [f"{json.dumps(lemma)}: {json.dumps(forms)}" for lemma, forms in expected().items()]
    STORED.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
    print(f"wrote {STORED}")
