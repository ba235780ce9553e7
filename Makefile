# One command sets up and runs the app; one sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Written only once pip has finished: an interrupted install leaves no stamp, so the
# next make installs again instead of trusting a half-filled venv.
STAMP := $(VENV)/.installed
# e.g. PIP_FLAGS='--no-index --find-links DIR' to install from a local wheel folder
PIP_FLAGS ?=

.PHONY: run test lint bench bench-peers clean

$(STAMP): pyproject.toml
	rm -f $(STAMP)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet $(PIP_FLAGS) --upgrade pip
	$(BIN)/pip install --quiet $(PIP_FLAGS) -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lattice-desktop

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy ledger p2p desktop ui bench
	$(BIN)/lint-imports

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	for b in bench/[a-z]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Lattice beside automerge-repo (node) and pycrdt-websocket: installs both, prints the table.
bench-peers: $(STAMP)
	cd bench/peers && npm ci --no-audit --no-fund
	$(BIN)/pip install --quiet $(PIP_FLAGS) -e '.[test,peers]'
	$(BIN)/python bench/peers/compare.py

clean:
	rm -rf $(VENV) build dist *.egg-info
