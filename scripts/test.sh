#!/usr/bin/env bash
# One command from a fresh clone to every check: install (Chromium included), then
# typecheck -> lint -> build -> unit tests -> end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh --chromium
pnpm install --frozen-lockfile
echo "== typecheck"; pnpm run typecheck
echo "== lint"; pnpm run lint
echo "== build"; pnpm run build
echo "== unit tests"; pnpm run test:unit
echo "== end-to-end tests"; pnpm run test:e2e
