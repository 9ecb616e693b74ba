#!/usr/bin/env bash
# Set-up on a fresh Debian 12 or Ubuntu 24.04 machine, in three steps:
#   1. checks that Swift 6.0 or newer is on PATH (Package.swift says swift-tools-version 6.0; Swift
#      itself is not installed here: https://www.swift.org/install/);
#   2. installs what the build needs and the machine lacks, with apt-get, as root or with sudo:
#      libgeos-dev (GEOS), pkg-config, zlib1g-dev (zlib headers), coinor-libcbc-dev (CBC, the MIP solver);
#   3. builds the release binary .build/release/ridepool.
# Swift is checked first, so a machine without it learns that before anything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

# --- 1. Swift 6.0 or newer -----------------------------------------------------------------------
command -v swift >/dev/null ||
  die "swift is not on PATH: install Swift 6.0 or newer (https://www.swift.org/install/), then run this again"
# 'swift --version' prints e.g. "Swift version 6.3.1 (swift-6.3.1-RELEASE)" or
# "Apple Swift version 6.0.3 (...)"; a development snapshot "Swift version 6.2-dev (...)".
version_text=$(swift --version 2>&1 || true)
version=$(grep -m1 -oE 'Swift version [0-9]+(\.[0-9]+)*' <<<"$version_text" | awk '{ print $3 }' || true)
[ -n "$version" ] ||
  die "could not read a version from 'swift --version' (it printed: $(head -n1 <<<"$version_text")); ridepool needs Swift 6.0 or newer"
major=${version%%.*}
[ "$major" -ge 6 ] ||
  die "Swift $version is too old: ridepool needs Swift 6.0 or newer (Package.swift: swift-tools-version 6.0); install it from https://www.swift.org/install/"
echo "setup.sh: Swift $version at $(command -v swift)" >&2

# --- 2. system packages ----------------------------------------------------------------------------
packages=(libgeos-dev pkg-config zlib1g-dev coinor-libcbc-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null ||
    die "missing ${missing[*]} and no apt-get: this script knows Debian and Ubuntu; install GEOS, pkg-config, zlib headers and CBC yourself"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null ||
      die "missing ${missing[*]}: installing them needs root, and sudo is not installed; run this as root"
    sudo=(sudo)
  fi
  echo "setup.sh: installing ${missing[*]} with ${sudo[*]:+sudo }apt-get (of: ${packages[*]})" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup.sh: ${packages[*]} already installed" >&2
fi

# --- 3. the release binary ---------------------------------------------------------------------------
swift build -c release --product ridepool
echo "setup.sh: built $(pwd)/.build/release/ridepool" >&2
