"""parley: sources -> statements -> positions -> analysis."""

__version__ = "0.1.0"
