#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs the whole suite.
# Exits non-zero when any test fails. (.ci/run calls exactly this.)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 300 "$@"
