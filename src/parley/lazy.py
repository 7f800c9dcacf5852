"""Names a package exports but imports only when first used, so that importing the package
(``parley``, ``parley.analysis``, ``parley.plans``) does not load what they need (the
database stack, SciPy and HiGHS, rapidfuzz)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``where`` is imported from the
    module it maps to on first use, and kept in the package (later lookups skip this)."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
