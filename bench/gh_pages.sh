#!/usr/bin/env bash
# Publishing speed: raxol-deploy against gh-pages 6.x (npm, tschaub/gh-pages) on the same local
# bare repository (one branch each, so neither sees the other's history), for a 10,000-file
# site: a first publish (cold: empty branch, empty caches) and a republish after 1 % of the
# files changed. Prints wall time and peak RSS (GNU time -v) per run and the speed-up.
#
#   bench/gh_pages.sh                   # FILES=10000 CHANGED_PERCENT=1
#   RAXOL_DEPLOY=build-x/raxol-deploy FILES=2000 bench/gh_pages.sh
#
# gh-pages is installed from the npm registry into bench/.tools/gh-pages/ (git-ignored) on
# first use; the site, the bare repository and the caches live in bench/.work/gh-pages/
# (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${RAXOL_DEPLOY:-$root/build/raxol-deploy}"
files="${FILES:-10000}"
changed_percent="${CHANGED_PERCENT:-1}"
ghp_version="${GH_PAGES_VERSION:-6.3.0}"
tools="$here/.tools/gh-pages"
work="$here/.work/gh-pages"

[ -x "$bin" ] || { echo "build raxol-deploy first (or set RAXOL_DEPLOY): $bin" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }
command -v node >/dev/null || { echo "node (>= 18) is needed for gh-pages" >&2; exit 1; }

ghp="$tools/node_modules/.bin/gh-pages"
if [ ! -x "$ghp" ] || ! grep -q "\"version\": \"$ghp_version\"" \
    "$tools/node_modules/gh-pages/package.json" 2>/dev/null; then
  echo "installing gh-pages@$ghp_version into $tools" >&2
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] ||
    echo '{"name": "raxol-bench-gh-pages", "private": true}' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund --silent "gh-pages@$ghp_version" >/dev/null)
fi

rm -rf "$work"
mkdir -p "$work"
python3 "$here/gh_pages_site.py" create "$work/site" "$files"
git init --quiet --bare "$work/remote.git"
remote="file://$work/remote.git"

mkdir -p "$work/project"
cat > "$work/project/raxol-deploy.toml" <<TOML
[targets.gh-pages]
kind = "github-pages"
repository = "$remote"
directory = "../site"
branch = "bench-raxol"
author = "Bench <bench@example.org>"
message = "deploy: 0123abcd"
TOML

# measure LABEL COMMAND...: runs it under GNU time, prints "LABEL  wall s  peak MB".
results=()
measure() {
  local label="$1"; shift
  local log="$work/time-${label// /-}.log"
  if ! /usr/bin/time -v -o "$log" "$@" >"$work/out.log" 2>&1; then
    echo "FAILED: $label" >&2; cat "$work/out.log" >&2; exit 1
  fi
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" |
         awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$log")
  printf '%-34s %8.2f s %9s MB\n' "$label" "$wall" "$rss"
  results+=("$label=$wall")
}

run_ghp=(env "CACHE_DIR=$work/ghp-cache" "$ghp" -d "$work/site" -r "$remote" -b bench-ghp
         -u "Bench <bench@example.org>" -m "deploy: 0123abcd" -t --nojekyll)
run_raxol=("$bin" -C "$work/project" deploy gh-pages)

echo "site: $files files in $work/site; $changed_percent % changed for the republish"
printf '%-34s %10s %12s\n' "run" "wall" "peak RSS"
measure "gh-pages first publish" "${run_ghp[@]}"
measure "raxol-deploy first publish" "${run_raxol[@]}"
python3 "$here/gh_pages_site.py" change "$work/site" "$changed_percent"
measure "gh-pages republish" "${run_ghp[@]}"
measure "raxol-deploy republish" "${run_raxol[@]}"
measure "gh-pages unchanged republish" "${run_ghp[@]}"
measure "raxol-deploy unchanged republish" "${run_raxol[@]}"

# Both branches must hold the same site.
for branch in bench-ghp bench-raxol; do
  git --git-dir="$work/remote.git" ls-tree -r --name-only "$branch" | grep -c . |
    xargs printf "%s: %s files\n" "$branch"
done
git --git-dir="$work/remote.git" diff --stat bench-ghp bench-raxol -- . | tail -1 |
  sed 's/^/diff bench-ghp..bench-raxol: /'
[ -z "$(git --git-dir="$work/remote.git" diff bench-ghp bench-raxol)" ] && echo "trees identical"

python3 - "${results[@]}" <<'PY'
import sys
r = dict(a.split("=") for a in sys.argv[1:])
for what in ("first publish", "republish", "unchanged republish"):
    g, x = float(r["gh-pages " + what]), float(r["raxol-deploy " + what])
    print(f"speed-up {what}: {g / x:.1f}x" if x > 0 else f"speed-up {what}: n/a")
PY
