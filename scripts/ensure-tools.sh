#!/usr/bin/env bash
# Installs the machine-level tools Sceneboard needs when they are missing: pnpm (pinned in
# package.json's packageManager) and, with --chromium, Debian's Chromium for the browser tests.
set -euo pipefail

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$pnpm_version" ]; then
  echo "Installing pnpm $pnpm_version"
  npm install --global "pnpm@$pnpm_version" >/dev/null
fi

# Native addons (better-sqlite3) compile against the local Node headers, never downloaded ones.
if [ -z "${npm_config_nodedir:-}" ] && [ -d /usr/include/node ]; then
  export npm_config_nodedir=/usr
fi

if [ "${1:-}" = "--chromium" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package) for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
