#!/usr/bin/env bash
# Regenerate the typed clients from specs/ into OUT (default: generated/).
# Usage: scripts/generate.sh [OUT]. Runs the pinned openapi-python-client and ruff of the
# generator's own environment: MAILSTATUS_GENERATOR_BIN, by default .venv-generator/bin
# (`make generator-env` creates it from requirements-generator.txt; `make generate` does too).
# MAILSTATUS_SPECS names another folder of specs (the tests generate from edited copies).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-generated}
mkdir -p "$out"
# The post-generation hook (generator/parameters.py) finds the repository and the spec by these.
export MAILSTATUS_ROOT="$PWD"
specs=${MAILSTATUS_SPECS:-$PWD/specs}
tools=${MAILSTATUS_GENERATOR_BIN:-$PWD/.venv-generator/bin}
if [[ ! -x "$tools/openapi-python-client" ]]; then
  echo "generate.sh: no openapi-python-client in $tools; run 'make generator-env' first" >&2
  exit 1
fi
# The post-generation hooks (python, ruff) come from the same environment.
export PATH="$tools:$PATH"
# spec file stem -> import package
for pair in opentext-mra:opentext_mra_client ncp-outbound-mailer:ncp_mailer_client \
            ncp-sens-mail:ncp_sens_mail_client infobip-email:infobip_email_client; do
  spec=${pair%%:*}
  pkg=${pair##*:}
  MAILSTATUS_SPEC="$specs/$spec.yaml" openapi-python-client generate --path "$specs/$spec.yaml" \
    --config "generator/$spec.yaml" \
    --custom-template-path generator/templates \
    --meta none --output-path "$out/$pkg" --overwrite --fail-on-warning >/dev/null
  # --meta none writes no packaging files, py.typed included; the wheel needs it (PEP 561).
  touch "$out/$pkg/py.typed"
done
