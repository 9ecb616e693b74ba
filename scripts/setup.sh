#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks (GEOS, pkg-config, zlib headers) and builds
# ridepool in release mode. Swift 6 must already be on PATH (https://www.swift.org/install/).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libgeos-dev pkg-config zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6 first (https://www.swift.org/install/)" >&2; exit 1; }
swift build -c release --product ridepool
