#!/usr/bin/env bash
# The whole test suite: builds, checks formatting, runs the unit tests and the
# end-to-end tests (which start the real build/lapis on temporary data
# directories and ports). CI (.ci/run) calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests
./scripts/build.sh

if command -v clang-format >/dev/null 2>&1; then
    unformatted=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' |
        xargs -r clang-format --dry-run 2>&1 | grep -c 'warning:' || true)
    if [ "$unformatted" -gt 0 ]; then
        echo "clang-format would change $unformatted places; run: git ls-files '*.cpp' '*.hpp' | xargs clang-format -i" >&2
        exit 1
    fi
fi

# Services the tests use (a PostgreSQL cluster on loopback), ended on exit.
eval "$(./scripts/test-services.sh start)"
trap './scripts/test-services.sh stop' EXIT

# One at a time: the PostgreSQL store tests share one database.
ctest --test-dir build --output-on-failure -j 1
