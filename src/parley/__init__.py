"""parley: sources -> statements -> positions -> analysis."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from parley.errors import InputError, ParleyError
from parley.lazy import lazy_exports

if TYPE_CHECKING:
    from parley.extract import extract_statements
    from parley.extract.model import Statement
    from parley.record import Record
    from parley.sources import Source, read_path

__version__ = "0.1.0"

# When the package was first imported: the start of a process's first command, for budgets
# that count the whole run (parley.launch.command_start).
STARTED = time.monotonic()

__all__ = [
    "InputError",
    "ParleyError",
    "Record",
    "Source",
    "Statement",
    "extract_statements",
    "read_path",
]

# Imported on first use, so that `import parley.analysis` does not load the database stack.
_LAZY = {
    "Record": "parley.record",
    "Source": "parley.sources",
    "read_path": "parley.sources",
    "extract_statements": "parley.extract",
    "Statement": "parley.extract.model",
}


__getattr__ = lazy_exports(__name__, _LAZY)
