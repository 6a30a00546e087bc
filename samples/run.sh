#!/usr/bin/env bash
# Packs Clst.Analyzers into artifacts/packages (the README's command), builds the samples against that package from the
# local feed (samples/NuGet.config), the way a user's project consumes it, runs the correct client against the in-memory
# API, and ends with one table: each diagnostic the samples' "// expect: CLSTnnn" markers promise, and each one the build
# reported, with one verdict line. Exits non-zero when they differ.
#   bash samples/run.sh
set -euo pipefail
samples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$samples")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$root"

echo "== dotnet pack Analyzers.Package -o artifacts/packages"
dotnet pack Analyzers.Package -o artifacts/packages

# A re-packed package keeps its version: drop the cached copy so the samples get the one just packed.
rm -rf "$samples/.packages/clst.analyzers"

echo
echo "== dotnet build samples/CancelClient.slnx"
# --no-incremental: recompile, so the analyzers report again even when nothing changed since the last run. The log goes
# to a file and the table below shows what it found, once each (the console would show each warning twice).
log="$root/artifacts/samples-build.log"
mkdir -p "$root/artifacts"
if ! dotnet build samples/CancelClient.slnx --no-incremental -nologo -clp:NoSummary > "$log" 2>&1; then
    cat "$log"
    echo "the samples did not build (log: $log)"
    exit 1
fi
echo "built (log: ${log#"$root/"})"

echo
echo "== dotnet run --project samples/CancelClient.Correct"
dotnet run --project samples/CancelClient.Correct --no-build

# Reported: "samples/<project>/<file>.cs <line> CLSTnnn", once each.
found="$(grep -oE '[^ ]+\.cs\([0-9]+,[0-9]+\): (warning|error) CLST[0-9]{3}' "$log" \
    | sed -E "s#^$samples/##; s#\(([0-9]+),[0-9]+\): (warning|error) # \1 #" | sort -u || true)"
# Promised: every "// expect: CLSTnnn[ (manual)], ..." marker of the samples' C# files.
expected="$(cd "$samples" && grep -rnoE '// expect: .*$' --include='*.cs' CancelClient.Faulty CancelClient.Configured \
    | awk -F: '{ n = split($4, ids, ","); for (i = 1; i <= n; i++) { id = ids[i]; gsub(/\(manual\)| /, "", id); if (id != "") print $1, $2, id } }' \
    | sort -u)"

echo
echo "== expected and reported diagnostics"
printf '%-45s %-8s %-9s %s\n' "file:line" "rule" "expected" "reported"
sort -u <(printf '%s\n' "$expected") <(printf '%s\n' "$found") | sort -t' ' -k1,1 -k2,2n | while read -r file line id; do
    [ -n "$file" ] || continue
    e="no"; r="no"
    grep -qxF "$file $line $id" <<< "$expected" && e="yes"
    grep -qxF "$file $line $id" <<< "$found" && r="yes"
    printf '%-45s %-8s %-9s %s\n' "$file:$line" "$id" "$e" "$r"
done
n_expected=$(printf '%s\n' "$expected" | grep -c . || true)
n_found=$(printf '%s\n' "$found" | grep -c . || true)
n_both=$(comm -12 <(printf '%s\n' "$expected") <(printf '%s\n' "$found") | grep -c . || true)
if [ "$n_both" -eq "$n_expected" ] && [ "$n_both" -eq "$n_found" ]; then
    echo "verdict: $n_expected expected, $n_found found: as promised"
else
    echo "verdict: $n_expected expected, $n_found found, $n_both of them where expected: MISMATCH"
    exit 1
fi
