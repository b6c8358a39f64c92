# zhifa — every target works on a fresh clone: the venv is created and filled on demand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# `make run` needs zhifa and its dependencies only; the test extras (pytest, dask, hypothesis, fpdf2,
# jsonschema, ruff: about 0.5 GB) come with the first target that needs them.
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench bench-big golden clean sysdeps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP) $(TEST_STAMP)

## make run: parse data/raw into data/parsed and print the summary
run: $(STAMP)
	$(BIN)/zhifa parse

## make test: first `zhifa check data/raw` (the project's own circulars, default fail level), then the
## whole suite (pytest last, so its summary line closes the output)
test: $(TEST_STAMP) sysdeps
	NO_COLOR=1 $(BIN)/zhifa check data/raw
	NO_COLOR=1 $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench

## make golden: regenerate data/parsed after a deliberate parser change (review the diff!)
golden: $(STAMP)
	$(BIN)/zhifa parse -q

bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

## make bench-big: the corpus table's 3,000-circular row (several minutes; the corpus is kept in $TMPDIR)
bench-big: $(TEST_STAMP)
	ZHIFA_BENCH_SIZES=3000 $(BIN)/python bench/run.py corpus

# System packages the browser tests need (headless Chromium + a CJK font); installed only when missing.
sysdeps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then \
		echo "installing chromium and fonts-wqy-microhei"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	fi
	@# LibreOffice (writer only, no GUI: ~45 s and 250 MB once) for the docx-to-PDF test of zhifa diff -f docx
	@if ! command -v soffice >/dev/null 2>&1; then \
		echo "installing libreoffice-writer-nogui"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			libreoffice-writer-nogui >/dev/null; \
	fi

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
