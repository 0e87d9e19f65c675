# DSL Desktop — two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Debian libraries the Qt wheels load at run time (offscreen and on a desktop).
QT_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
           libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
           libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 \
           libx11-xcb1 libxrender1 libxi6 poppler-utils fonts-dejavu-core
# Debian packages for packaging only, kept apart from Qt's: wixl and msiinfo check the Windows
# installer source, desktop-file-validate the Linux desktop entry (tests/unit/test_packaging.py).
PACKAGING_DEBS := wixl msitools desktop-file-utils
PKG_STAMP := $(VENV)/.packaging-installed
# The suite runs in one process per core (pytest-xdist), a test file to a process, so tests
# that share a module's fixtures stay together. `make test XDIST=` runs it in one process.
XDIST ?= -n auto --dist loadfile

.PHONY: install run test test-fast lint screenshots bench package wix-check clean debs translations

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@$(MAKE) --no-print-directory debs
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# Installs the Qt runtime libraries when some are missing and we are root on Debian/Ubuntu.
debs:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(QT_DEBS) $(PACKAGING_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Note: these system packages may be needed by Qt:$$missing"; \
	  fi; \
	fi

run: install
	$(PY) main.py

test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(XDIST)

# The suite without the cases marked slow (the 50,000-concern vaults, the fault suite's
# raised-error half, whole-demo CLI runs): for a quick check while working.
test-fast: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow and not timing"

lint: install
	$(VENV)/bin/ruff check dsl_desktop db ui tests main.py
	$(VENV)/bin/ruff format --check dsl_desktop db ui tests main.py
	$(VENV)/bin/mypy

# The Welsh catalogue: pyside6-lupdate reads ui/ into resources/translations/dsl_desktop_cy.ts,
# the Welsh comes from cy_source.json, pyside6-lrelease compiles dsl_desktop_cy.qm. The .qm is
# kept in the repository, so neither install nor test needs this step.
translations: install
	$(PY) resources/translations/update.py

screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots --small
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots --welsh

# The wall-clock tests (marked timing), then the figures of docs/performance.md.
bench: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m timing
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run

$(PKG_STAMP): $(STAMP) packaging/requirements-packaging.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r packaging/requirements-packaging.txt
	touch $(PKG_STAMP)

# The one-folder bundle for this machine in dist/DSLDesktop/ (packaging/dsl_desktop.spec), then
# the built program's own smoke test, offscreen. Windows and macOS: packaging/*/README.md.
package: install $(PKG_STAMP)
	@start=$$(date +%s); \
	$(PY) packaging/build.py --no-smoke && \
	QT_QPA_PLATFORM=offscreen dist/DSLDesktop/DSLDesktop --smoke-test && \
	echo "bundle: $$(du -sh dist/DSLDesktop | cut -f1) in dist/DSLDesktop/ (built and smoke-tested in $$(( $$(date +%s) - start )) s)"

# Builds an MSI from packaging/windows/DSLDesktop.wxs and a dummy file set with wixl, and checks it.
wix-check: debs install
	$(PY) packaging/windows/build_msi.py --check

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
