#!/usr/bin/env bash
# Runs every test of the repository on a real PostgreSQL, and ends with the totals on a line of their own.
# Database: ASSETREGISTRY_TEST_PG if set, else Testcontainers when a Docker engine answers, else a throwaway
# cluster started from the installed PostgreSQL binaries (see tests/AssetRegistry.Tests/Infrastructure).
set -uo pipefail
cd "$(dirname "$0")/.."

results=.artifacts/test-results
rm -rf "$results"

# The interop tests check our proofs with an outside implementation (Node.js and RFC 8785's reference
# canonicalizer); install it from the lock file.
if [ -f tests/interop/package-lock.json ]; then
  npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error || { echo "npm ci failed for tests/interop"; exit 1; }
fi

# The C2SP interop tests check our signed notes and proofs with Go's golang.org/x/mod/sumdb (note, tlog), from Debian's
# packages and built offline (GOPATH mode over Debian's /usr/share/gocode: no module proxy). Installed here when run as
# root; otherwise the one line to run is printed.
bash tests/interop/go/build.sh || exit 1

dotnet test AssetRegistry.sln --logger trx --results-directory "$results" "$@"
status=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  total=$((total + ${t:-0})); passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

if [ "$total" -eq 0 ]; then
  echo "no test ran"
  echo "0 passed, 0 failed"
  exit 1
fi
if [ "$status" -eq 0 ] && [ "$failed" -ne 0 ]; then status=1; fi
echo "$passed passed, $failed failed"
exit $status
