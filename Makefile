# mailstatus developer tasks. Every target bootstraps the virtualenv it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)

BENCH_VENV := .venv-bench
# The generator's own environment (requirements-generator.txt): scripts/generate.sh runs from it.
GEN_VENV := .venv-generator
# uv (requirements-tools.txt): locks with hashes and installs the lowest declared versions.
TOOLS_VENV := .venv-tools
UV := $(abspath $(TOOLS_VENV))/bin/uv
LOWEST_VENV := .venv-lowest
PIP_INSTALL = -m pip install --quiet --disable-pip-version-check

.PHONY: setup generator-env generate check-generated spec-check lint typecheck verifytypes docs pytest test test-fast test-lowest test-python demo lock lock-bench bench bench-publish bench-quick clean

# Locked dependencies are checked against their hashes; the package itself (editable, so not
# hashable) goes in after them without dependencies. The generator and tools environments come
# along: a test regenerates the clients, another builds the package and installs it with uv.
setup: $(VENV)/.installed $(GEN_VENV)/.installed $(TOOLS_VENV)/.installed

# $(call locked_venv,VENV,PYTHON,REQUIREMENTS): VENV made by PYTHON, the hashed pins of
# REQUIREMENTS in it, then the package, editable, without dependencies.
define locked_venv
test -x $(1)/bin/python || $(2) -m venv $(1)
$(1)/bin/python $(PIP_INSTALL) --require-hashes -r $(3)
$(1)/bin/python $(PIP_INSTALL) --no-deps --no-build-isolation -e .
touch $(1)/.installed
endef

$(VENV)/.installed: requirements-dev.txt pyproject.toml
	$(call locked_venv,$(VENV),$(PYTHON),requirements-dev.txt)

generator-env: $(GEN_VENV)/.installed

$(GEN_VENV)/.installed: requirements-generator.txt
	test -x $(GEN_VENV)/bin/python || $(PYTHON) -m venv $(GEN_VENV)
	$(GEN_VENV)/bin/python $(PIP_INSTALL) --require-hashes -r requirements-generator.txt
	touch $@

$(TOOLS_VENV)/.installed: requirements-tools.txt
	test -x $(TOOLS_VENV)/bin/python || $(PYTHON) -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/python $(PIP_INSTALL) --require-hashes -r requirements-tools.txt
	touch $@

generate: $(GEN_VENV)/.installed
	scripts/generate.sh generated

# Regenerate into a scratch folder and fail on any byte of difference from generated/.
check-generated: $(GEN_VENV)/.installed
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	scripts/generate.sh "$$tmp" && \
	diff -r generated "$$tmp" && echo "generated/ matches the specs"

# The inner loop of a spec change: the generation check and the tests a spec drives.
SPEC_TESTS := $(addprefix tests/contract/,test_specs.py test_generated_types.py \
	test_generated_opentext.py test_generated_ncp.py test_generated_infobip.py \
	test_spec_parameters.py test_sandbox_conformance.py)

spec-check: setup check-generated
	pytest -q $(SPEC_TESTS)

lint: setup
	ruff check .
	ruff format --check .

typecheck: setup
	mypy

# The public API as a user's type checker sees it: pyright's type completeness of the package
# (scripts/verifytypes.py holds the floor) and a docstring on every public member.
verifytypes: setup
	python scripts/verifytypes.py

# The documentation site (mkdocs.yml, docs/), warnings as errors; the build is thrown away.
# NO_MKDOCS_2_WARNING: mkdocs-material's banner about MkDocs 2 is advice, not a build warning.
docs: setup
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	NO_MKDOCS_2_WARNING=1 mkdocs build --strict --quiet --site-dir "$$tmp"

pytest: setup
	pytest

test: lint typecheck verifytypes check-generated docs pytest

# The inner loop: the tests not marked slow (no sandbox, subprocess or generator run), in seconds.
test-fast: setup
	pytest -q -m "not slow"

# The main job: the sandbox, queried through the CLI for all three providers.
demo: setup
	python scripts/demo.py

# Speed and memory against baselines measured in the same run (not part of make test).
$(BENCH_VENV)/.installed: requirements-bench.txt pyproject.toml
	$(call locked_venv,$(BENCH_VENV),$(PYTHON),requirements-bench.txt)

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py

# The same, written to bench/results.json and README's Performance section (to commit).
bench-publish: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py --publish

bench-quick: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/run.py --quick --out /dev/null

# Re-resolve every pinned requirements file from its .in file, newest versions, with the hashes
# that installs check. The development and benchmark sets are resolved with the package's own
# dependencies and all its extras (pyproject.toml), as a user's install would get them; one
# resolution for every Python the package supports (markers where they differ).
LOCK = $(UV) pip compile --quiet --upgrade --generate-hashes --universal --python-version 3.11 \
	--custom-compile-command "make lock"

lock: $(TOOLS_VENV)/.installed
	$(LOCK) pyproject.toml requirements-dev.in --all-extras -o requirements-dev.txt
	$(LOCK) pyproject.toml requirements-bench.in --all-extras -o requirements-bench.txt
	$(LOCK) requirements-generator.in -o requirements-generator.txt
	$(LOCK) requirements-tools.in -o requirements-tools.txt

lock-bench: $(TOOLS_VENV)/.installed
	$(LOCK) pyproject.toml requirements-bench.in --all-extras -o requirements-bench.txt

# The lowest versions the package declares (each direct dependency and extra at its lower bound,
# what they need at their newest) with the test tools of requirements-test.in, in a fresh
# .venv-lowest; fails if any declared dependency is not at its lower bound, then runs pytest.
# LOWEST_TESTS picks the tests (default: all), e.g. make test-lowest LOWEST_TESTS=tests/unit
LOWEST_TESTS ?= tests
define LOWEST_CHECK
from importlib.metadata import requires, version
from packaging.requirements import Requirement
from packaging.version import Version
off = []
for r in map(Requirement, requires("mailstatus")):
    low = [s.version for s in r.specifier if s.operator == ">="]
    have = version(r.name)
    print(f"{r.name:16} {have:10} declared {r.specifier}")
    if low and Version(have) != Version(low[0]):
        off.append(f"{r.name} {have} is not its lower bound {low[0]}")
raise SystemExit("\n".join(off) or None)
endef
export LOWEST_CHECK

test-lowest: $(TOOLS_VENV)/.installed $(GEN_VENV)/.installed
	rm -rf $(LOWEST_VENV)
	$(UV) venv --quiet --python $(PYTHON) $(LOWEST_VENV)
	$(UV) pip install --quiet --python $(LOWEST_VENV)/bin/python --resolution lowest-direct \
		-e '.[cli,sandbox,receiver]' -r requirements-test.in
	$(LOWEST_VENV)/bin/python -c "$$LOWEST_CHECK"
	PATH=$(abspath $(LOWEST_VENV))/bin:$$PATH $(LOWEST_VENV)/bin/python -m pytest -q $(LOWEST_TESTS)

# The suite on another Python of pyenv's, e.g. make test-python PY=3.13: .venv-3.13 from that
# interpreter with the hashed development set, then pytest there. PYTEST_ARGS picks the tests,
# e.g. make test-python PY=3.12 PYTEST_ARGS='-q -m "not slow"'
PY ?= 3.12
PYENV_ROOT ?= $(HOME)/.pyenv
PY_VERSIONS := 3.12 3.13
PYTEST_ARGS ?= -q

# pyenv's newest 3.N.x interpreter, for 3.N
pyenv_python = $(lastword $(sort $(wildcard $(PYENV_ROOT)/versions/$(1).*/bin/python3)))

.venv-3.%/.installed: requirements-dev.txt pyproject.toml
	@test -n "$(call pyenv_python,3.$*)" || { echo "no Python 3.$* in $(PYENV_ROOT)/versions" >&2; exit 1; }
	$(call locked_venv,.venv-3.$*,$(call pyenv_python,3.$*),requirements-dev.txt)

test-python: .venv-$(PY)/.installed $(GEN_VENV)/.installed $(TOOLS_VENV)/.installed
	PATH=$(abspath .venv-$(PY))/bin:$$PATH .venv-$(PY)/bin/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(GEN_VENV) $(TOOLS_VENV) $(LOWEST_VENV) \
		$(addprefix .venv-,$(PY_VERSIONS)) .mypy_cache .pytest_cache .ruff_cache
