#!/usr/bin/env bash
# One command from a fresh clone to a running board: install, build the web app, start the server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
pnpm install --frozen-lockfile
pnpm run build
exec pnpm run start
