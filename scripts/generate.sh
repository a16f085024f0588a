#!/usr/bin/env bash
# Regenerate the typed clients from specs/ into OUT (default: generated/).
# Usage: scripts/generate.sh [OUT]. Needs the pinned openapi-python-client and ruff on PATH.
# MAILSTATUS_SPECS names another folder of specs (the tests generate from edited copies).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-generated}
mkdir -p "$out"
# The post-generation hook (generator/parameters.py) finds the repository and the spec by these.
export MAILSTATUS_ROOT="$PWD"
specs=${MAILSTATUS_SPECS:-$PWD/specs}
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
