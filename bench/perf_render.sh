#!/usr/bin/env bash
# Times `raxol-deploy perf render` on a synthetic history of RUNS runs × BENCHMARKS benchmarks
# (default 200 × 30; the target is well under 2 s) and prints the time and the sizes of the
# history's data folder and of the pages.
#   bench/perf_render.sh [path/to/raxol-deploy] [RUNS] [BENCHMARKS]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/raxol-deploy}"
runs="${2:-200}"
benchmarks="${3:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/perf_history.py "$work/history" --runs "$runs" --benchmarks "$benchmarks"
start=$(date +%s.%N)
"$binary" perf render --history "$work/history" --out "$work/site" \
  --commit-url 'https://github.com/OWNER/REPO/commit/{sha}' >/dev/null
end=$(date +%s.%N)
echo "perf render: ${runs} runs x ${benchmarks} benchmarks in $(echo "$end - $start" | bc) s"
echo "history data folder: $(du -sh "$work/history/data" | cut -f1) ($(find "$work/history/data/runs" -name '*.json' | wc -l) run files)"
echo "pages: $(du -sh "$work/site" | cut -f1) ($(find "$work/site" -name '*.html' | wc -l) files)"
