#!/usr/bin/env bash
# Regenerates the real generators' clients used as test fixtures, from the contract's OpenAPI description.
# The generators are pinned in the repository's tool manifest (dotnet-tools.json): `dotnet tool restore` installs them.
# Run from anywhere: bash Analyzers.Tests/Fixtures/GeneratedClients/regenerate.sh [path/to/orders-openapi.yml]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
spec="${1:-$root/../shared/contract/orders-openapi.yml}"
cd "$root"
dotnet tool restore >/dev/null

kiota() { # name, namespace, extra flags...
  local out="$here/$1" ns="$2"; shift 2
  rm -rf "$out"
  dotnet kiota generate -l CSharp -d "$spec" -o "$out" -c ClstApiClient -n "$ns" --clean-output --log-level Warning "$@" >/dev/null
  rm -f "$out/kiota-lock.json"   # holds the absolute path of the description on the machine that ran it
}
kiota Kiota Clst.Generated.Kiota
kiota KiotaEbc Clst.Generated.KiotaEbc --ebc

nswag() { # name, namespace, extra flags...
  local out="$here/$1" ns="$2"; shift 2
  rm -rf "$out"; mkdir -p "$out"
  dotnet nswag openapi2csclient /input:"$spec" /output:"$out/Client.cs" /namespace:"$ns" "$@" >/dev/null
}
nswag NSwag Clst.Generated.NSwag
nswag NSwagSingleClient Clst.Generated.NSwagSingleClient /OperationGenerationMode:SingleClientFromOperationId
nswag NSwagNullable Clst.Generated.NSwagNullable /GenerateNullableReferenceTypes:true
nswag NSwagSystemTextJson Clst.Generated.NSwagSystemTextJson /JsonLibrary:SystemTextJson
echo "regenerated: $(find "$here" -name '*.cs' | wc -l) files"
