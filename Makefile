# zhifa — every target works on a fresh clone: the venv is created and filled on demand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench golden clean sysdeps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

## make run: parse data/raw into data/parsed and print the summary
run: $(STAMP)
	$(BIN)/zhifa parse

## make test: lint the project's own circulars at the default fail level, then the whole suite
## (pytest last, so its summary line closes the output)
test: $(STAMP) sysdeps
	NO_COLOR=1 $(BIN)/zhifa check data/raw
	NO_COLOR=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

## make golden: regenerate data/parsed after a deliberate parser change (review the diff!)
golden: $(STAMP)
	$(BIN)/zhifa parse -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

# System packages the browser tests need (headless Chromium + a CJK font); installed only when missing.
sysdeps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then \
		echo "installing chromium and fonts-wqy-microhei"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	fi

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
