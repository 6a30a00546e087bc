#!/usr/bin/env bash
# Packs Clst.Analyzers into artifacts/packages, then builds the samples against that package from the local feed
# (samples/NuGet.config), the way a user's project consumes it, and shows the analyzers' warnings. Then it runs the
# correct client against the in-memory API.
#   bash samples/run.sh
set -euo pipefail
samples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$samples")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== dotnet pack Analyzers.Package -> artifacts/packages"
dotnet pack "$root/Analyzers.Package/Clst.Analyzers.Package.csproj" -c Release -o "$root/artifacts/packages"

# A re-packed package keeps its version: drop the cached copy so the samples get the one just packed.
rm -rf "$samples/.packages/clst.analyzers"

echo
echo "== dotnet build samples/CancelClient.slnx (CancelClient.Faulty and CancelClient.Configured show the CLST warnings)"
# --no-incremental: recompile, so the analyzers report again even when nothing changed since the last run.
dotnet build "$samples/CancelClient.slnx" --no-incremental

echo
echo "== dotnet run --project samples/CancelClient.Correct"
dotnet run --project "$samples/CancelClient.Correct" --no-build
