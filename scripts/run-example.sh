#!/usr/bin/env bash
# The main job: installs what is missing, builds raxol-deploy, and runs it on the example
# project (examples/raxol).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --target raxol-deploy
bin="$PWD/build/raxol-deploy"
example="examples/raxol"

echo "== raxol-deploy config validate ($example/fly.toml)" >&2
"$bin" -C "$example" config validate
echo "== raxol-deploy config show ($example/fly.toml)" >&2
"$bin" -C "$example" config show
echo "== raxol-deploy targets" >&2
"$bin" -C "$example" targets
