PY ?= .venv/bin/python

.PHONY: lint type test golden check bench

lint:
	$(PY) -m ruff check src tests benchmarks
	$(PY) -m ruff format --check src tests benchmarks

type:
	$(PY) -m mypy

test:
	./scripts/test -q

golden:
	$(PY) -m pytest -q --update-golden

bench:
	$(PY) benchmarks/validate.py
	$(PY) benchmarks/build_xlsx.py
	$(PY) benchmarks/diff.py

check: lint type test
