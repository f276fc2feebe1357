#!/usr/bin/env bash
# The test command: installs what is missing, builds everything, runs the whole suite.
# Exits non-zero when any test fails. (.ci/run calls exactly this.)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
# Two tests per core: most of a test's time is spent waiting on loopback HTTP and on the
# emulators' timings, not computing (-j4 on 2 cores: 65 s instead of 106 s, docs/architecture.md).
ctest --test-dir build --output-on-failure -j"$(($(nproc) * 2))" --timeout 300 "$@"
