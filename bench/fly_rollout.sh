#!/usr/bin/env bash
# Fly rollout benchmark (run by hand, never in CI): 100 machines across five regions in the
# sandbox, 20 ms per API call, 1 s machine start. For each strategy it deploys a new image and
# prints wall time, the strategy's critical path (a lower bound no client can beat) and the
# number of API calls. Tunables: N, LATENCY_MS, START_MS, STRATEGIES.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --target raxol-deploy >/dev/null
if ! command -v python3 >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -qq python3 >/dev/null
fi
exec python3 bench/fly_rollout.py "$@"
