#!/usr/bin/env bash
# Installs what is missing from Debian 12's packages, then builds raxol-deploy (Release) in
# build/. Idempotent: when every package is present it touches nothing and goes straight to the
# (incremental) build. Extra arguments are passed to `cmake --build` (e.g. --target raxol-deploy).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config git ca-certificates
  libcli11-dev libcurl4-openssl-dev libtomlplusplus-dev nlohmann-json3-dev libspdlog-dev
  libfmt-dev catch2 libyaml-cpp-dev libcpp-httplib-dev libsodium-dev librust-blake3-dev b3sum
  buildah busybox-static skopeo  # image builds: the builder, the example's static binary, a peer client
  chromium  # the dashboard's pages are checked in a real headless browser
  ccache  # not required; shortens rebuilds (CMakeLists.txt uses it when present)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root (apt-get needs it): missing ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DRAXOL_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)" "$@"
