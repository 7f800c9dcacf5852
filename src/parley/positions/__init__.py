"""Positions on plan points: the layer between the statement record and the analysis.

``model`` holds the typed rows, ``caveats`` the outlet's own reservations,
``positions`` the stance of each actor on each point (evidence, basis, status),
``consultations`` who gave, received, discussed or was briefed on which plan,
``timeline`` the stance over time, ``scenario`` the bridge to :mod:`parley.analysis`,
``store`` the tables behind them.
"""

from parley.positions.model import (
    Basis,
    Claim,
    Consultation,
    ConsultationKind,
    Decision,
    Evidence,
    Link,
    LinkMethod,
    Position,
    Stance,
    Status,
    Verification,
)

__all__ = [
    "Basis",
    "Claim",
    "Consultation",
    "ConsultationKind",
    "Decision",
    "Evidence",
    "Link",
    "LinkMethod",
    "Position",
    "Stance",
    "Status",
    "Verification",
]
