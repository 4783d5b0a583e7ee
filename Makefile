# Everything installs itself: `make demo` and `make test` work on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LS_VENV := .venv-labelstudio
LS_VERSION := 1.23.2
# The external corpora (../shared beside the checkout); an ANNOTATE_SHARED from the environment wins.
ANNOTATE_SHARED ?= $(abspath ../shared)
export ANNOTATE_SHARED

.PHONY: venv labelstudio-venv demo test bench labelstudio train lock clean report-demo screenshots chromium

venv: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $@

# Label Studio is a 1 GB Django app that pins its own SDK: it gets its own virtualenv.
labelstudio-venv: $(LS_VENV)/.installed-$(LS_VERSION)
$(LS_VENV)/.installed-$(LS_VERSION):
	test -x $(LS_VENV)/bin/python || $(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/python -m pip install -q --upgrade pip
	$(LS_VENV)/bin/python -m pip install -q label-studio==$(LS_VERSION)
	touch $@

demo: venv labelstudio-venv
	$(VENV)/bin/annotate demo

test: venv labelstudio-venv
	$(PY) -m pytest -q -p no:cacheprovider

bench: venv labelstudio-venv
	$(PY) -m annotate.bench

labelstudio: venv labelstudio-venv
	$(VENV)/bin/annotate labelstudio start

# Pull the configured project's annotations (PROJECT, default the demo's), then train on the
# newest snapshot in data/annotations/ (the one just pulled; an older one when no server answers).
# ANNOTATIONS=FILE trains on that export instead (no pull); MODEL_DIR=, FIELDS=stance,certainty and
# FORCE=1 (promote even a model that does not beat the predictor it replaces) go to `annotate train`.
# Exit 0 whenever it trained what the labels allow; a field with too few labels keeps its predictor.
PROJECT ?= Seeds demo
ANNOTATIONS ?=
MODEL_DIR ?=
FIELDS ?=
FORCE ?=
train: venv
	@if [ -z "$(ANNOTATIONS)" ]; then $(VENV)/bin/annotate pull --project "$(PROJECT)" -q >/dev/null \
	  || echo "make train: could not pull project '$(PROJECT)' (no Label Studio configured or reachable); using the newest snapshot in data/annotations/" >&2; fi
	$(VENV)/bin/annotate train --annotations "$(or $(ANNOTATIONS),data/annotations)" $(if $(MODEL_DIR),--model-dir "$(MODEL_DIR)") \
	  $(if $(FIELDS),--fields "$(FIELDS)") $(if $(filter 1 yes true,$(FORCE)),--force)

# The seeds' report (statements only, no Label Studio): stance predicted toward the seed story's two claims.
SEED_TARGETS := --target "Hamas has moved its political bureau from Qatar to Turkey." --target "Turkey will act as a mediator in the Gaza hostage negotiations."
REPORT_DEMO := data/report-demo.html
report-demo: venv
	$(VENV)/bin/annotate extract seeds -o data/seeds.jsonl -q
	$(VENV)/bin/annotate report data/seeds.jsonl -o $(REPORT_DEMO) $(SEED_TARGETS) --title "Seeds: who is quoted, how, by whom"

# Headless Chromium pictures under docs/img/ (docs/screenshots.md): report.png (the seeds' report),
# labeling.png and data-manager.png (the demo project in a scratch Label Studio, stopped afterwards).
# Debian's chromium is installed with apt-get when missing; Playwright drives it (never `playwright install`).
CHROMIUM_FLAGS := --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars
chromium:
	command -v chromium >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

screenshots: chromium report-demo labelstudio-venv
	mkdir -p docs/img
	profile=$$(mktemp -d) && chromium $(CHROMIUM_FLAGS) --user-data-dir=$$profile --window-size=1200,2700 \
	  --screenshot=docs/img/report.png file://$(abspath $(REPORT_DEMO)) 2>/dev/null; rm -rf $$profile
	$(PY) -m annotate.bench.screenshots --out docs/img

# Rebuild the lock from requirements.in in a scratch venv.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install -q -r requirements.in
	.venv-lock/bin/pip freeze --exclude-editable > requirements.lock
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) $(LS_VENV)
