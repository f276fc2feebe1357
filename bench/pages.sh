#!/usr/bin/env bash
# Cloudflare Pages upload speed: raxol-deploy against wrangler (npm) on the same synthetic site
# (FILES files, ~15 KiB each on average: 20,000 -> ~310 MB) and the same emulator build, each
# tool with its own `raxol-deploy sandbox serve` (asset stores are content-addressed, so a
# shared one would hand the second tool the first one's uploads). Three runs per tool, the
# tools alternating: a first deploy (empty project), an unchanged redeploy, and a redeploy after
# CHANGED_PERCENT % of the files changed. Prints wall time, peak RSS (GNU time -v) and the number
# of API requests the emulator answered for each run, then the speed-ups.
#
#   bench/pages.sh                                   # FILES=20000 CHANGED_PERCENT=1
#   RAXOL_DEPLOY=build-x/raxol-deploy FILES=2000 bench/pages.sh
#
# raxol-deploy's unchanged redeploy runs with an empty deploy cache (XDG_CACHE_HOME), so that it
# also creates a deployment as wrangler does; the extra row "unchanged (recorded)" is the
# default behaviour, where the local record lets the plan see that nothing changed.
# Node 22 and wrangler are installed from the npm registry into bench/.tools/ on first use; the
# site and the sandbox states live in bench/.work/pages/ (both git-ignored).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
bin="${RAXOL_DEPLOY:-$root/build/raxol-deploy}"
files="${FILES:-20000}"
changed_percent="${CHANGED_PERCENT:-1}"
work="$here/.work/pages"
[ -x "$bin" ] || { echo "build raxol-deploy first (or set RAXOL_DEPLOY): $bin" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }
# shellcheck source=pages_tools.sh
source "$here/pages_tools.sh"
ensure_wrangler

rm -rf "$work"
mkdir -p "$work/raxol" "$work/wrangler-cwd"
python3 "$here/pages_site.py" create "$work/site" "$files"

cleanup() {
  for pid in ${RAXOL_SANDBOX:-} ${WRANGLER_SANDBOX:-}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
start_sandbox "$bin" "$work/state-raxol" "$work/sandbox-raxol.log"
RAXOL_SANDBOX=$SANDBOX_PID
raxol_url=$RAXOL_SANDBOX_URL
raxol_env=(CLOUDFLARE_API_BASE_URL="$CLOUDFLARE_API_BASE_URL" CLOUDFLARE_API_TOKEN="$CLOUDFLARE_API_TOKEN"
           CLOUDFLARE_ACCOUNT_ID="$CLOUDFLARE_ACCOUNT_ID")
SANDBOX_PID=""
start_sandbox "$bin" "$work/state-wrangler" "$work/sandbox-wrangler.log"
WRANGLER_SANDBOX=$SANDBOX_PID
wrangler_url=$RAXOL_SANDBOX_URL
wrangler_env=(CLOUDFLARE_API_BASE_URL="$CLOUDFLARE_API_BASE_URL" CLOUDFLARE_API_TOKEN="$CLOUDFLARE_API_TOKEN"
              CLOUDFLARE_ACCOUNT_ID="$CLOUDFLARE_ACCOUNT_ID")
SANDBOX_PID=""

cat > "$work/raxol/raxol-deploy.toml" <<TOML
[targets.pages]
kind = "cloudflare-pages"
project = "bench"
directory = "$work/site"
production_branch = "main"
TOML
(cd "$work/wrangler-cwd" && env "${wrangler_env[@]}" bash -c \
  "source '$here/pages_tools.sh'; run_wrangler pages project create bench --production-branch main" \
  >"$work/wrangler-create.log" 2>&1) || { cat "$work/wrangler-create.log" >&2; exit 1; }
curl -fsS -X DELETE "$wrangler_url/__sandbox/requests" >/dev/null

rows=()
declare -A seconds
# measure TOOL LABEL SANDBOX_URL COMMAND...: time the command, count the emulator's requests.
measure() {
  local tool="$1" label="$2" url="$3"; shift 3
  local log="$work/time-$tool-${label// /-}.log"
  if ! /usr/bin/time -v -o "$log" "$@" >"$work/out.log" 2>&1; then
    echo "FAILED: $tool $label" >&2; cat "$work/out.log" >&2; exit 1
  fi
  local wall rss requests
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$log")
  requests=$(curl -fsS "$url/__sandbox/requests?service=cloudflare-pages" |
             python3 -c 'import json,sys; print(len(json.load(sys.stdin)["requests"]))')
  curl -fsS -X DELETE "$url/__sandbox/requests" >/dev/null
  seconds["$tool $label"]=$wall
  rows+=("$(printf '%-13s %-22s %8.2f s %9s MiB %6s' "$tool" "$label" "$wall" "$rss" "$requests")")
  echo "${rows[-1]}" >&2
}

# The commands as argument lists (GNU time runs programs, not shell functions).
raxol_cmd() {  # CACHE: sets `cmd` to raxol-deploy with its sandbox and a deploy cache of its own
  cmd=(env "${raxol_env[@]}" "XDG_CACHE_HOME=$1" "$bin" -C "$work/raxol" deploy pages
       --commit-hash 0123abcd --commit-message bench --commit-dirty false)
}
wrangler_cmd=(env -C "$work/wrangler-cwd" -u CLOUDFLARE_API_KEY -u CLOUDFLARE_EMAIL
              "${wrangler_env[@]}" WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true
              WRANGLER_WRITE_LOGS=false WRANGLER_SEND_ERROR_REPORTS=false CI=true
              "$NODE22" "$WRANGLER_JS" pages deploy "$work/site" --project-name bench
              --branch main --commit-hash 0123abcd --commit-message bench --commit-dirty=false)

echo "tool          run                        wall      peak RSS  requests" >&2
raxol_cmd "$work/cache-1"
measure raxol-deploy "first deploy" "$raxol_url" "${cmd[@]}"
measure wrangler "first deploy" "$wrangler_url" "${wrangler_cmd[@]}"
raxol_cmd "$work/cache-2"
measure raxol-deploy "unchanged" "$raxol_url" "${cmd[@]}"
measure wrangler "unchanged" "$wrangler_url" "${wrangler_cmd[@]}"
measure raxol-deploy "unchanged (recorded)" "$raxol_url" "${cmd[@]}"
python3 "$here/pages_site.py" change "$work/site" "$changed_percent" >&2
raxol_cmd "$work/cache-3"
measure raxol-deploy "${changed_percent} % changed" "$raxol_url" "${cmd[@]}"
measure wrangler "${changed_percent} % changed" "$wrangler_url" "${wrangler_cmd[@]}"

# Both tools computed the same asset keys and content types (wrangler is the reference).
if diff -q <(cd "$work/state-raxol/cloudflare-pages/assets" && find . -type f -print0 | sort -z | xargs -0 md5sum) \
           <(cd "$work/state-wrangler/cloudflare-pages/assets" && find . -type f -print0 | sort -z | xargs -0 md5sum) >/dev/null; then
  same="identical asset stores (keys, content types, bytes)"
else
  same="ASSET STORES DIFFER"
fi

echo
echo "Cloudflare Pages, $files files ($(du -sh --exclude=_headers "$work/site" | cut -f1)), $(nproc) CPUs"
echo "tool          run                        wall      peak RSS  requests"
printf '%s\n' "${rows[@]}"
echo "raxol-deploy and wrangler left $same"
for label in "first deploy" "unchanged" "${changed_percent} % changed"; do
  python3 -c "import sys; r, w = float(sys.argv[1]), float(sys.argv[2]); print(f'{sys.argv[3]:>22}: raxol-deploy {w / r:.1f}x faster than wrangler')" \
    "${seconds["raxol-deploy $label"]}" "${seconds["wrangler $label"]}" "$label"
done
