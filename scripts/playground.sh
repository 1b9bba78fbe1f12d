#!/usr/bin/env bash
# The README's first command: install, then serve the playground on the embedded Sinch emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
pinned=$(node -p "require('./package.json').packageManager.split('@')[1]")
pnpm_cmd=(pnpm)
if [ "$(pnpm --version 2>/dev/null || true)" != "$pinned" ]; then pnpm_cmd=(npx --yes "pnpm@$pinned"); fi
"${pnpm_cmd[@]}" install --frozen-lockfile
exec "${pnpm_cmd[@]}" dev
