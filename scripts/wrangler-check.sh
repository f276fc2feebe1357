#!/usr/bin/env bash
# Real wrangler against raxol-deploy's Cloudflare Pages emulator: starts `raxol-deploy sandbox
# serve` on a temporary state directory, runs `wrangler pages project create` and
# `wrangler pages deploy examples/raxol/web/priv/static --project-name raxol-playground
# --branch main` with the sandbox's CLOUDFLARE_* variables, and checks that the deployment
# succeeded and that the sandbox serves exactly the folder's files (with _headers applied).
#
#   scripts/wrangler-check.sh                      # build/raxol-deploy
#   RAXOL_DEPLOY=build-x/raxol-deploy scripts/wrangler-check.sh
#
# Needs the npm registry the first time (node@22 and wrangler are installed into bench/.tools/,
# ~410 MB, reused later). Not part of the test suite: see docs/cloudflare-pages.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${RAXOL_DEPLOY:-$root/build/raxol-deploy}"
[ -x "$bin" ] || { echo "build raxol-deploy first (or set RAXOL_DEPLOY): $bin" >&2; exit 1; }
# shellcheck source=../bench/pages_tools.sh
source "$root/bench/pages_tools.sh"
ensure_wrangler

work="$(mktemp -d)"
cleanup() { stop_sandbox; rm -rf "$work"; }
trap cleanup EXIT
start_sandbox "$bin" "$work/state" "$work/sandbox.log"
echo "sandbox: $RAXOL_SANDBOX_URL (wrangler $WRANGLER_VERSION, node $("$NODE22" -v))"

site="$root/examples/raxol/web/priv/static"
# A fresh directory outside any git work tree: wrangler writes .wrangler/ caches into its
# working directory and probes git there.
mkdir -p "$work/run"
cd "$work/run"
echo "--- wrangler pages project create raxol-playground --production-branch main"
run_wrangler pages project create raxol-playground --production-branch main 2>&1
echo "--- wrangler pages deploy $site --project-name raxol-playground --branch main"
run_wrangler pages deploy "$site" --project-name raxol-playground --branch main \
  --commit-hash 0123abcd --commit-message "wrangler check" --commit-dirty=false 2>&1 |
  tee "$work/deploy.log"
grep -q "Deployment complete" "$work/deploy.log" || { echo "wrangler did not finish" >&2; exit 1; }

echo "--- checking the served site"
files="$(compare_site "$RAXOL_SANDBOX_URL" raxol-playground "$site")"
headers="$(curl -fsS -D - -o /dev/null "$RAXOL_SANDBOX_URL/_sandbox/sites/raxol-playground/index.html")"
grep -qi "^x-frame-options: DENY" <<<"$headers" || { echo "_headers not applied" >&2; exit 1; }
echo "--- wrangler pages secret put / list (the emulator's project env vars)"
printf '%s' "wrangler-check-value" |
  run_wrangler pages secret put CHECK_SECRET --project-name raxol-playground 2>&1 | tee "$work/secret.log"
run_wrangler pages secret list --project-name raxol-playground 2>&1 | tee "$work/secrets.log"
grep -q "CHECK_SECRET" "$work/secrets.log" || { echo "wrangler does not list the secret" >&2; exit 1; }
if grep -q "wrangler-check-value" "$work/secrets.log"; then
  echo "the secret's value came back from the emulator" >&2
  exit 1
fi

echo "--- requests wrangler sent"
curl -fsS "$RAXOL_SANDBOX_URL/__sandbox/requests?service=cloudflare-pages" | python3 -c '
import json, sys
for r in json.load(sys.stdin)["requests"]:
    print(r["status"], r["method"], r["path"] + ("?" + r["query"] if r["query"] else ""))'
echo "OK: wrangler deployed raxol-playground to the sandbox; $files files served identically;"
echo "    wrangler pages secret put/list work against the emulator"
