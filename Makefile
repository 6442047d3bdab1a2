# Two commands on a fresh machine:
#   make report  — set up .venv (pinned) if absent, render every bundled township-year to output/
#   make test    — set up likewise, then run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lint setup params clean lab

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m nianbao.pipeline.kernel
	@touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	$(BIN)/nianbao batch

test: lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

params: $(STAMP)
	$(BIN)/nianbao params

# make lab T=2021/demo-001 — a township's working copy in JupyterLab (default: the master's own dataset)
lab: $(STAMP)
	$(BIN)/nianbao lab $(T)

clean:
	rm -rf output
