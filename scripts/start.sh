#!/usr/bin/env bash
# Quick start: installs every dependency, builds, and serves the portal in the
# foreground at http://localhost:8080 on the embedded SQLite database (./data)
# with the bundled catalog. On a data directory without accounts it prints a
# one-time link to create the first admin.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec ./build/lapis serve --listen "${LAPIS_LISTEN:-127.0.0.1:8080}" --data "${LAPIS_DATA:-./data}" "$@"
