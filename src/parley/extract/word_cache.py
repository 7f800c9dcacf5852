"""spaCy's tokenizer cache, filled a word at a time.

spaCy's tokenizer remembers how it split each whitespace-delimited chunk of text ("said,",
"Putin's", "(AFP)") so that it need not run its prefix, suffix and infix expressions on
the chunk again. But within one text, once any chunk has needed a special case ("don't",
"U.S.", "'s", "Nov."), it stores no further chunk of that text (spaCy issue #1250: its
flag for a special case is not reset between chunks). A news article has a special case
in its first lines, so nearly every chunk of nearly every article is split afresh, every
time: the tokenizer ran about 15 times slower than it does on chunks it remembers.

:class:`WordCache` gives the tokenizer each chunk of a text it has not seen before on its
own, as a text of its own, where nothing comes before it, so that the tokenizer stores it
(unless the chunk itself needs a special case, which spaCy never stores). The splits are
spaCy's own, computed once: a chunk is split the same whatever surrounds it (the special
cases that span several chunks are matched afterwards over the whole text, as before).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

# Chunks a tokenizer keeps (spaCy's default is 10,000). A vocabulary learns its words for
# good only up to ``parley.extract.LEARNED_WORDS`` (inside a memory zone the tokenizer
# stores nothing), so this bounds the memory the cache takes (a few megabytes).
MAX_CHUNKS = 100_000


def keep_chunks(nlp: Language, size: int = MAX_CHUNKS) -> bool:
    """Let ``nlp``'s tokenizer remember up to ``size`` chunks; False when it keeps no cache
    (a tokenizer not of spaCy's own kind, left alone)."""
    tokenizer: Any = nlp.tokenizer
    kept = getattr(tokenizer, "max_cache_size", None)
    if kept is None:
        return False
    tokenizer.max_cache_size = max(kept, size)
    return True


class WordCache:
    """Fills ``nlp``'s tokenizer cache with the chunks of each text before it is tokenised."""

    def __init__(self, nlp: Language, size: int = MAX_CHUNKS) -> None:
        self.nlp = nlp
        self.tokenizer: Any = nlp.tokenizer
        self.size = size if keep_chunks(nlp, size) else 0
        self.seen: set[str] = set()

    def fill(self, text: str) -> None:
        """Tokenise alone each chunk of ``text`` (as ``str.split`` cuts it, which is how
        spaCy's tokenizer cuts a text into chunks) not given before."""
        vocab: Any = self.nlp.vocab  # (spaCy's stubs lack in_memory_zone)
        if len(self.seen) >= self.size or vocab.in_memory_zone:
            return  # the tokenizer would store nothing more
        chunks = text.split()
        if self.seen.issuperset(chunks):
            # the common case once a stream's words are known: a membership test a chunk,
            # stopping at the first new one, costs half of building the text's set of chunks
            return
        new = set(chunks)
        new -= self.seen
        tokenize = self.tokenizer
        for chunk in new:
            tokenize(chunk)
        self.seen |= new
