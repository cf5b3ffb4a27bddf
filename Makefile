# Act Against Trafficking: every task a developer needs. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Test processes run side by side (pytest-xdist); 2 on this project's 2-core machines.
TEST_WORKERS ?= 2
# Line coverage of site/, campaigns/ and courses/, printed at the end; under 90% fails the run
# ([tool.coverage] in pyproject.toml). `make test TEST_COVERAGE=` runs without it.
TEST_COVERAGE ?= --cov --cov-report=term
export DJANGO_SETTINGS_MODULE ?= actsite.settings.dev
# The languages the interface is translated into (SITE_LANGUAGES adds content languages).
LANGUAGE_CODES := cy pl ro

.DEFAULT_GOAL := help

.PHONY: help
help: ## List every target with what it does
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@ $(VENV)/.installed

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the site

.PHONY: install-dev
install-dev: $(VENV)/.installed-dev ## Install the site with its test and lint tools

# OS packages: Chromium for the browser tests, gettext to compile the translations,
# DejaVu fonts for certificates in every language, node and npm for the test OpenID provider
# and the Nu Html Checker, Java to run the checker.

.PHONY: chromium
chromium: os-packages ## (old name) Install the OS packages the site and its tests need

.PHONY: os-packages
os-packages: ## Install the OS packages the site and its tests need, if any is missing
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	[ -x /usr/sbin/nginx ] || missing="$$missing nginx-light"; \
	ls /etc/nginx/modules-enabled/*cache-purge* >/dev/null 2>&1 || missing="$$missing libnginx-mod-http-cache-purge"; \
	command -v openssl >/dev/null || missing="$$missing openssl"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v pdfinfo >/dev/null || missing="$$missing poppler-utils"; \
	command -v qpdf >/dev/null || missing="$$missing qpdf"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
		echo "Installing from the OS packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; fi; \
	fi

.PHONY: messages
messages: install os-packages ## Compile the interface translations (site/locale/*/LC_MESSAGES/django.po)
	cd site && ../$(BIN)/python ../manage.py compilemessages --verbosity 0

.PHONY: makemessages
makemessages: install os-packages ## Collect new interface strings into the .po files to translate
	$(BIN)/python manage.py makemessages --no-obsolete --no-location $(foreach l,$(LANGUAGE_CODES),-l $(l)) \
		--ignore=.venv --ignore=tests --ignore=bench --ignore=staticfiles --ignore=media --ignore="*/admin/*" --ignore="site/templates/wagtailadmin/*"

.PHONY: migrate
migrate: install messages ## Apply database migrations
	$(BIN)/python manage.py migrate --no-input

.PHONY: demo
demo: migrate ## Load the demo content (idempotent)
	$(BIN)/python manage.py load_demo_content

.PHONY: run
run: migrate ## Set everything up and serve the site on http://127.0.0.1:$(PORT)/
	@# The address first: the demo posters' QR codes hold it.
	@$(BIN)/python manage.py set_site_address http://127.0.0.1:$(PORT)
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/python manage.py load_demo_content
	@WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/python manage.py create_demo_admin
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The OpenID provider the single sign-on tests sign in through (npm's oidc-provider, run by
# node on loopback). Installed from the npm registry here, never while the tests run.
OIDC_PROVIDER_DIR := tests/oidc_provider

$(OIDC_PROVIDER_DIR)/node_modules/.installed: $(OIDC_PROVIDER_DIR)/package-lock.json
	cd $(OIDC_PROVIDER_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: oidc-provider
oidc-provider: os-packages $(OIDC_PROVIDER_DIR)/node_modules/.installed ## Install the test suite's OpenID provider (npm)

# The Nu Html Checker (npm's vnu-jar, run with Java) that tests/core/test_html_checker.py runs.
HTML_CHECKER_DIR := tests/html_checker

$(HTML_CHECKER_DIR)/node_modules/.installed: $(HTML_CHECKER_DIR)/package-lock.json
	cd $(HTML_CHECKER_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: html-checker
html-checker: os-packages $(HTML_CHECKER_DIR)/node_modules/.installed ## Install the test suite's Nu Html Checker (npm)

.PHONY: test
test: install-dev os-packages messages oidc-provider html-checker ## Run the whole test suite (SQLite, or DATABASE_URL when set)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder $(TEST_COVERAGE)

.PHONY: lint
lint: install-dev ## Check code style (ruff) and which app may import which (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

.PHONY: format
format: install-dev ## Rewrite code in the house style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: bench
bench: install ## Benchmark under gunicorn and production settings (PostgreSQL; writes bench/results/)
	@command -v wrk >/dev/null || { if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq wrk; else sudo apt-get install -y -qq wrk; fi; }
	$(BIN)/python -m bench.run

.PHONY: ci
ci: ## Run what CI runs: tests on SQLite and PostgreSQL, lint, deploy checks
	bash .ci/run
