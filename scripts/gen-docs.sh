#!/usr/bin/env bash
# Regenerates docs/commands/*.md and docs/raxol-deploy.1 from a built binary's command table
# (the hidden `raxol-deploy docs generate`). Run it after adding or changing a command, a flag
# or an example (src/cli/command_examples.cpp); the [docs] tests fail until you do.
#   scripts/gen-docs.sh                      # uses build/raxol-deploy
#   scripts/gen-docs.sh path/to/raxol-deploy
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/raxol-deploy}"
if [[ ! -x "$binary" ]]; then
  echo "gen-docs: no binary at $binary; build first (cmake --build build) or pass its path" >&2
  exit 2
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$binary" docs generate --out "$out"
# Replace the whole folder so that pages of removed commands go too.
rm -f docs/commands/*.md
mkdir -p docs/commands
cp "$out"/commands/*.md docs/commands/
cp "$out"/raxol-deploy.1 docs/raxol-deploy.1
echo "gen-docs: docs/commands/ ($(ls docs/commands | wc -l) files) and docs/raxol-deploy.1 updated"
