# One command sets up and runs the app; one sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/activate

run: $(BIN)/activate
	$(BIN)/lattice-desktop

lint: $(BIN)/activate
	$(BIN)/ruff check .
	$(BIN)/mypy ledger p2p desktop ui
	$(BIN)/lint-imports

test: $(BIN)/activate lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(BIN)/activate
	for b in bench/[a-z]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
