#!/usr/bin/env bash
# The README's test command: everything a fresh machine needs, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
pnpm install --frozen-lockfile
pnpm test
