# Two commands on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres:postgres@127.0.0.1:5432/test
# the gate benchmark's own database on the same server (dropped and created anew)
BENCH_PG_URL ?= postgres://postgres:postgres@127.0.0.1:5432/bench_compliance

.PHONY: setup migrate demo run test test-postgres test-browser lint format eval bench messages clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# axe-core for the browser tests; without npm those tests skip with a reason.
node_modules/.installed: package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: browser tests will be skipped"; fi

setup: $(STAMP) node_modules/.installed

migrate: setup
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

# The task worker (compliance re-checks, Wagtail's index updates) runs beside the server and stops with it.
run: demo
	@$(MANAGE) db_worker --batch --no-startup-delay --verbosity 0  # the demo's backlog, quietly
	@$(MANAGE) db_worker --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

test: setup
	$(BIN)/ruff check .
	$(BIN)/pytest

test-postgres: setup
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -m "not browser"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: setup
	@for script in scripts/eval_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

bench: setup
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done
	@if $(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=2).close()" 2>/dev/null; then \
		echo "== benchmarks/bench_compliance.py on PostgreSQL"; \
		BENCH_DATABASE_URL=$(BENCH_PG_URL) $(PY) benchmarks/bench_compliance.py || exit 1; \
	else echo "(PostgreSQL at $(PG_URL) does not answer: the gate's benchmark ran on SQLite only)"; fi

messages: setup
	cd cms && ../$(MANAGE) makemessages -l de -l en --ignore "*/migrations/*"
	cd cms && ../$(MANAGE) compilemessages

clean:
	rm -rf $(VENV) db.sqlite3 media static node_modules
