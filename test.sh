#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite. Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"
# The Telegram end-to-end tests run the npm Bot API emulator (telegram-test-api); they fail, not skip, without it.
npm ci --prefix tests/telegram-emulator --no-audit --no-fund || { echo "npm ci failed: the Telegram emulator could not be installed" >&2; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The scale tests (trait Category=Scale) need the full 2016-2024 archive, which is not in the repository: they are
# opt-in, run with RIGHTSBOT_ARCHIVE=<path> dotnet test RightsBot.sln -c Release --filter Category=Scale.
dotnet test RightsBot.sln -c Release --filter "Category!=Scale" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line with the totals of every test project.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
