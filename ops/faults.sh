#!/usr/bin/env bash
# Several service nodes on one PostgreSQL under load, and the faults they must survive (README, "Several nodes and
# their faults"). The fault run of the benchmark project, on the Release build of the service it builds with itself.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/AssetRegistry.Benchmark -- faults "$@"
