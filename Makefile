# PIMAP Desktop — everything starts here. Needs only Python 3.11+ with pip and venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test bench lint clean dist smoke-dist crashtest

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: install
	$(BIN)/pimap-desktop --demo

# tests/services and tests/cli run on SQLite and on PostgreSQL: a throwaway cluster when initdb
# and pg_ctl are found, or $$PIMAP_TEST_PG_URL; without either the PostgreSQL runs are skipped
# (PIMAP_REQUIRE_PG=1 makes that a failure, as in CI).
test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --maxprocesses 4

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# kill -9 at seeded random moments, then check the copies (tests/stress/crashtest.py); about
# 10-15 min on two cores. More options: make crashtest CRASHTEST_ARGS="--kills 200 --seed 7".
CRASHTEST_ARGS ?= --kills 1000 --jobs 2
crashtest: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.stress.crashtest $(CRASHTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# The frozen application (packaging/pimap.spec) in dist/PIMAP Desktop/, and the Linux tarball
# dist/pimap-desktop-<version>-linux-<arch>.tar.gz (packaging/README.md).
DIST_STAMP := $(VENV)/.dist-stamp

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev,dist]'
	touch $(DIST_STAMP)

dist: install $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/pimap.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/pack_linux.py --dist dist

# Runs the frozen build of `make dist` (not the source tree) with an empty HOME.
smoke-dist: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke.py --dist dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
