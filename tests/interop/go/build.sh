#!/usr/bin/env bash
# Builds tests/interop/go/c2sp-check into .artifacts/interop/ with Debian's Go and golang.org/x/mod (GOPATH mode over
# /usr/share/gocode, offline). Installs the two packages when they are missing and this runs as root; otherwise prints
# the apt-get line to run and fails. The .NET tests run the binary this leaves (and build it themselves if it is absent).
set -euo pipefail
cd "$(dirname "$0")/../../.."

packages="golang-go golang-golang-x-mod-dev"
gopath=/usr/share/gocode
if ! command -v go >/dev/null 2>&1 || [ ! -f "$gopath/src/golang.org/x/mod/sumdb/note/note.go" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing $packages for the C2SP interop checks"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $packages >/dev/null
  else
    echo "The C2SP interop checks need Debian's Go and golang.org/x/mod. Run:"
    echo "  sudo apt-get update && sudo apt-get install -y $packages"
    exit 1
  fi
fi

out=.artifacts/interop
mkdir -p "$out"
GO111MODULE=off GOPATH="$gopath" GOFLAGS= GOCACHE="$PWD/$out/go-cache" go build -o "$out/c2sp-check" ./tests/interop/go/c2sp-check
