#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt and drops the
# lines of symbols that no longer exist (RS0017). Review the diff: it is the public API change you are making.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/LaborStandard/LaborStandard.csproj}"
dir="$(dirname "$project")"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" "$log" | sort -u || true)
unshipped="$dir/PublicAPI.Unshipped.txt"
if [ -n "$removed" ]; then
  while IFS= read -r line; do
    grep -vxF -- "$line" "$unshipped" > "$unshipped.tmp" || true
    mv "$unshipped.tmp" "$unshipped"
  done <<< "$removed"
fi
{ head -n1 "$unshipped"; { tail -n +2 "$unshipped"; [ -n "$added" ] && printf '%s\n' "$added"; } | sed '/^$/d' | sort -u; } > "$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
echo "PublicAPI.Unshipped.txt: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
