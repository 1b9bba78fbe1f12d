#!/usr/bin/env bash
# The hooks' tests, and the ui's ref forwarding, on React 18 (the peer ranges are ^18.2 || ^19). React 18 and every
# library that imports React are installed together in one folder outside the workspace, so one React 18 serves all.
# Arguments go to vitest (a file filter: `bash scripts/test-react18.sh packages/ui/src/formFieldRefs.test.tsx`).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="node_modules/.react18"
packages=(react@18.3.1 react-dom@18.3.1 @tanstack/react-query@5.108.0 @testing-library/react@16.3.3 @testing-library/dom@10.4.2 react-hook-form@7.92.0)
# The folder is reinstalled when the list above changes: its stamp file is named after the list.
stamp_name="${packages[*]}"
stamp_name="${stamp_name//[@\/ ]/_}"
stamp="$dir/installed_$stamp_name"
if [ ! -f "$stamp" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "${packages[@]}"
  touch "$stamp"
fi
REACT18_DIR="$PWD/$dir/node_modules" exec npx vitest run -c packages/react/vitest.react18.config.ts "$@"
