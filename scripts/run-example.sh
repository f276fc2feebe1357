#!/usr/bin/env bash
# The main job: installs what is missing, builds raxol-deploy, and deploys the example project
# (examples/raxol) — all three tiers — to a local sandbox (loopback emulators started by
# raxol-deploy itself, so no account is needed) — the Fly image built from docker/Dockerfile.web
# with buildah and pushed to the sandbox registry — then gives the Fly app its secrets and its
# custom domain as the Raxol deployment does. Each run starts from an empty sandbox
# (build/example-sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --target raxol-deploy
bin="$PWD/build/raxol-deploy"
example="$PWD/examples/raxol"
export RAXOL_SANDBOX_STATE="$PWD/build/example-sandbox"
rm -rf "$RAXOL_SANDBOX_STATE"
# docker/Dockerfile.web copies a static busybox (Debian's busybox-static) from the context.
cp /bin/busybox "$example/docker/busybox"

echo "== raxol-deploy config validate" >&2
"$bin" -C "$example" config validate
echo "== raxol-deploy targets" >&2
"$bin" -C "$example" targets
echo "== raxol-deploy perf ingest (the example's Benchee results of 20 commits on main)" >&2
rm -rf "$example/.raxol/perf" "$example/.raxol/dashboard"
for file in "$example"/bench/results/*.json; do
  # results/NN-<sha12>.json: the commit is the one make_history.py derived from NN.
  number=$(basename "$file" | cut -d- -f1)
  commit=$(printf 'raxol-example-%d' $((10#$number - 1)) | sha1sum | cut -c1-40)
  "$bin" -C "$example" perf ingest "$file" --commit "$commit" --ref refs/heads/main \
    --testbed example --suite raxol >/dev/null
done
echo "== raxol-deploy perf check (the newest commit against the last 15 on main)" >&2
set +e
"$bin" -C "$example" perf check
status=$?
set -e
# 8: a performance regression (docs/exit-codes.md) — expected here: render/frame is 8 % slower.
[ "$status" -eq 8 ] || { echo "perf check: expected exit 8, got $status" >&2; exit 1; }
echo "== raxol-deploy --sandbox plan" >&2
"$bin" -C "$example" --sandbox plan
echo "== raxol-deploy --sandbox deploy (Fly, then Cloudflare Pages, then GitHub Pages with the dashboard in /performance)" >&2
"$bin" -C "$example" --sandbox deploy
echo "== raxol-deploy --sandbox releases fly --image (the built image, pinned by digest)" >&2
"$bin" -C "$example" --sandbox releases fly --image
echo "== raxol-deploy --sandbox status" >&2
"$bin" -C "$example" --sandbox status
echo "== raxol-deploy --sandbox secrets set fly (values from stdin, machines restarted)" >&2
head -c 48 /dev/urandom | base64 -w0 | "$bin" -C "$example" --sandbox secrets set fly SECRET_KEY_BASE=-
echo "ecto://raxol:example@db.internal/raxol" |
  "$bin" -C "$example" --sandbox secrets set fly DATABASE_URL=-
"$bin" -C "$example" --sandbox secrets list fly
echo "== raxol-deploy --sandbox certs add fly raxol.io --wait" >&2
"$bin" -C "$example" --sandbox certs add fly raxol.io --wait --wait-timeout 1m
