# policy-monitor — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CONFIG ?= config.toml
#: pytest-xdist: two workers (the machine has two cores), each test file kept on one worker (module fixtures, the
#: cluster scenario run in order). Not loadgroup: xdist 3.8 cannot mark groups under pytest 9.2 (Node._nodeid).
PYTEST_PARALLEL ?= -n 2 --dist loadfile

.PHONY: run test unit demo seed check serve lint bench browser clean

#: uv installs the same releases as pip in a fraction of the time (pip stays the fallback if uv is unavailable).
#: --compile-bytecode: as pip does; else, with PYTHONDONTWRITEBYTECODE set, every start of the CLI compiles
#: Scrapy, Twisted and SQLAlchemy from source again (~1.3 s of CPU per `check`).
INSTALL = $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv || $(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	if [ -x $(BIN)/uv ]; then $(INSTALL) -e .; else $(BIN)/pip install --quiet -e .; fi
	$(BIN)/python -m compileall -q monitor spiders >/dev/null
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	if [ -x $(BIN)/uv ]; then $(INSTALL) -e '.[test]'; else $(BIN)/pip install --quiet -e '.[test]'; fi
	$(BIN)/python -m compileall -q monitor spiders >/dev/null
	touch $(VENV)/.installed $@

## run: install, seed the store and start the daemon on embedded defaults
run: $(VENV)/.installed
	$(BIN)/policy-monitor --config $(CONFIG) seed
	@echo "Starting the daemon on $(CONFIG) (SQLite; alerts on this console until Slack is configured; Ctrl-C stops)."
	@echo "Its companies point at their live sites: without network access every check fails, and is recorded as a"
	@echo "failed check with its reason, never as a policy change. 'make demo' shows the whole loop on a local site."
	@echo "The web UI (the links in alerts) is served beside it, at http://127.0.0.1:8080/ unless [web] says otherwise."
	$(BIN)/policy-monitor --config $(CONFIG) run

## test: install with test extras; lint, format, types and import contract; run the whole suite
test: $(VENV)/.installed-test browser lint
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

## unit: the fast tests only (no CLI, daemon, crawl or browser processes), for the edit-test loop
unit: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m "not e2e" $(PYTEST_PARALLEL)

## demo: the whole loop offline against a bundled local site
demo: $(VENV)/.installed
	$(BIN)/python -m monitor.demo

## browser: Debian's Chromium for the web UI tests (never a browser download)
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)) \
	  || echo "WARNING: could not install Debian chromium; browser tests will be skipped"; \
	else echo "WARNING: /usr/bin/chromium absent and apt-get unavailable; browser tests will be skipped"; fi

## lint: ruff (lint + format), mypy on monitor/ and spiders/, the pure core's import contract
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed
	$(BIN)/python bench/check_bench.py
	$(BIN)/python bench/classify_bench.py

clean:
	rm -rf $(VENV) data .pytest_cache
