# PIMAP Desktop — everything starts here. Needs only Python 3.11+ with pip and venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install lock run test bench lint clean dist smoke-dist crashtest

# The exact versions (with their hashes) of the dependencies and the test and dev extras, as CI
# tests them: Python 3.11 on Linux. `make lock` writes them from pyproject.toml, keeping every
# pin it can; LOCK_ARGS=--upgrade (or --upgrade-package NAME) moves them on.
LOCK := requirements/ci.lock
DIST_LOCK := requirements/dist.lock
LOCK_TARGET := --python-version 3.11 --python-platform x86_64-manylinux_2_36
LOCK_ARGS ?=

install: $(STAMP)

# A lock that is not of pyproject.toml's dependencies stops here (requirements/fingerprint.py):
# CI installs exactly the lock, or nothing. Then PIMAP itself, without dependencies.
LOCK_STAMP := $(VENV)/.lock-stamp

$(LOCK_STAMP): $(LOCK)
	$(PYTHON) requirements/fingerprint.py check $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	touch $(LOCK_STAMP)

$(STAMP): pyproject.toml $(LOCK_STAMP)
	$(PYTHON) requirements/fingerprint.py check $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(LOCK) $(DIST_LOCK):
	@echo "$@ is missing: run make lock" >&2; exit 1

# dist.lock is ci.lock plus the dist extra (PyInstaller), the shared pins held to ci.lock's.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || { pin=$$(grep -s -m1 '^uv==' $(LOCK) | cut -d' ' -f1); \
		$(BIN)/python -m pip install --quiet "$${pin:-uv}"; }
	$(BIN)/uv pip compile --quiet pyproject.toml --extra test --extra dev $(LOCK_TARGET) \
		--generate-hashes --custom-compile-command "make lock" $(LOCK_ARGS) -o $(LOCK)
	$(BIN)/uv pip compile --quiet pyproject.toml --extra test --extra dev --extra dist \
		-c $(LOCK) $(LOCK_TARGET) --generate-hashes --custom-compile-command "make lock" \
		$(LOCK_ARGS) -o $(DIST_LOCK)
	$(BIN)/python requirements/fingerprint.py stamp $(LOCK) $(DIST_LOCK)

# The interface's languages (resources/translations/GUIDE.md). `make translations-update` reads
# the texts marked in the GUI and the Designer forms into the .ts files (pyside6-lupdate);
# `make translations` compiles the .ts files into the .qm files the app loads (pyside6-lrelease),
# as `make install` does. pimap_en.ts holds English's singular and plural forms only.
TRANSLATIONS := resources/translations
LANGUAGES := fr sv pt fi
QM_FILES := $(patsubst %,$(TRANSLATIONS)/pimap_%.qm,en $(LANGUAGES))
# The services' sentences (``ServiceWords.say``, pimap_desktop/text.py) are read with the GUI's.
LUPDATE := $(BIN)/pyside6-lupdate -extensions py,ui pimap_desktop ui -no-obsolete \
	-tr-function-alias tr+=say -source-language en

.PHONY: translations translations-update

install: translations

translations: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: | $(STAMP)
	$(LUPDATE) -target-language en -pluralonly -ts $(TRANSLATIONS)/pimap_en.ts
	for lang in $(LANGUAGES); do \
		$(LUPDATE) -target-language $$lang -ts $(TRANSLATIONS)/pimap_$$lang.ts || exit 1; \
	done

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

$(DIST_STAMP): pyproject.toml $(DIST_LOCK) | $(STAMP)
	$(PYTHON) requirements/fingerprint.py check $(DIST_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DIST_LOCK)
	touch $(DIST_STAMP)

dist: install $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/pimap.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/pack_linux.py --dist dist

# Runs the frozen build of `make dist` (not the source tree) with an empty HOME.
smoke-dist: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke.py --dist dist

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
