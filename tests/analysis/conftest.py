"""Lets the analysis tests import their brute-force oracle (analysis_oracle.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
