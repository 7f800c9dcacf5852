"""The analysis engine's defaults, in a module without NumPy or SciPy: the command line
declares its options with them before it knows whether ``parley analyze`` will run."""

# Default wall-clock budget of one analysis (every solution together).
DEFAULT_TIME_LIMIT = 30.0
# Samples and random seed of the robustness check (--uncertainty).
DEFAULT_SAMPLES = 1000
DEFAULT_SEED = 0
