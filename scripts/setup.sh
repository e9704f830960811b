#!/usr/bin/env bash
# Installs every Debian 12 package and npm asset lapis needs to build and run;
# with --tests also what only the test suite uses (a PostgreSQL server, an SMTP
# sink, PDF and QR readers, wrk, clang-format), which a server does not need.
# Idempotent: safe to run again; it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_PACKAGES=(
    build-essential cmake pkg-config ninja-build
    librestinio-dev libasio-dev libfmt-dev libhttp-parser-dev nlohmann-json3-dev libssl-dev
    libsoci-dev libsqlite3-dev libpq-dev libboost-dev
    libctemplate-dev
    libsodium-dev liboath-dev libcurl4-openssl-dev
    libspdlog-dev libcli11-dev libtomlplusplus-dev libmagic-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libcairo2-dev libpango1.0-dev libqrencode-dev libcsv-dev fonts-dejavu-core fonts-wqy-microhei
    libgtest-dev libgmock-dev libcpp-httplib-dev
)
TEST_PACKAGES=(postgresql python3-aiosmtpd poppler-utils zbar-tools wrk sqlite3 clang-format)

wanted=("${BUILD_PACKAGES[@]}")
case "${1:-}" in
--tests) wanted+=("${TEST_PACKAGES[@]}") ;;
"") ;;
*)
    echo "usage: scripts/setup.sh [--tests]" >&2
    exit 2
    ;;
esac

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm: use the one on the machine; Debian's only where there is none (a Node.js
# from another source conflicts with Debian's npm package).
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Front-end assets come from the npm registry, pinned by package-lock.json, and are
# served by lapis itself (never from a CDN).
if [ ! -d web/assets/node_modules/@picocss/pico ]; then
    (cd web/assets && npm ci --no-audit --no-fund --loglevel=error)
fi
