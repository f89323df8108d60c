#!/usr/bin/env bash
# Makes a stored-data fixture from the checked-out commit's service: StoredData/Fixtures/<commit>/ (see Fixtures/README.md).
# It runs the MakingTheFixture tool in the test project, which drives the service through its HTTP API and dumps its database.
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [ -n "$(git status --porcelain -- src)" ]; then
  echo "src/ has uncommitted changes: a fixture must record what a commit's code stores." >&2
  exit 1
fi

commit=$(git rev-parse HEAD)
folder="$PWD/tests/AssetRegistry.Tests/StoredData/Fixtures/${commit:0:7}"
rm -rf "$folder"
mkdir -p "$folder"
ASSETREGISTRY_MAKE_FIXTURE="$folder" ASSETREGISTRY_FIXTURE_COMMIT="$commit" \
  dotnet test tests/AssetRegistry.Tests --filter "FullyQualifiedName~StoredData.MakingTheFixture"
echo "fixture written to ${folder#$PWD/}: $(du -sh "$folder" | cut -f1)"
