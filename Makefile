# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-postgres lint bench clean

$(BIN)/parley: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

demo: $(BIN)/parley
	$(BIN)/parley demo

test: $(BIN)/parley
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q

# The suite against SQLite and a local PostgreSQL server started by .ci/postgres.sh
# (installs Debian's postgresql package if missing; as root, like CI).
test-postgres: $(BIN)/parley
	PARLEY_TEST_POSTGRES_URL=$$(bash .ci/postgres.sh) $(MAKE) test

lint: $(BIN)/parley
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(BIN)/parley
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/long_text.py
	$(BIN)/python benchmarks/export_speed.py
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/ingest_scale.py
	$(BIN)/python benchmarks/analysis_speed.py
	$(BIN)/python benchmarks/plan_diff_speed.py
	$(BIN)/python benchmarks/web_speed.py

clean:
	rm -rf $(VENV) parley.db .pytest_cache .mypy_cache
