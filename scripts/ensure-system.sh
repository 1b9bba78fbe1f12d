#!/usr/bin/env bash
# Installs what a fresh machine lacks for the tests: Debian's Chromium (browser tests never download a browser),
# redis-server (the proxy's Redis store is tested against a real server) and pnpm at the pinned version.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing from Debian's packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "verikit's tests need: ${missing[*]}." >&2
    echo "Install them as root with: apt-get update && apt-get install -y ${missing[*]}" >&2
    echo "(or point CHROMIUM_PATH at a Chromium binary you already have)." >&2
    exit 1
  fi
fi

pinned=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pinned" ]; then
  echo "Installing pnpm $pinned"
  npm install --global --silent "pnpm@$pinned"
fi
