#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt and drops the
# lines of symbols that no longer exist (RS0017). Review the diff: it is the public API change you are making.
set -uo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/LaborStandard/LaborStandard.csproj}"
dir="$(dirname "$project")"
log="$(mktemp)"
trap 'rm -f "$log" "$dir/PublicAPI.Unshipped.txt.tmp"' EXIT
# --no-incremental: an up-to-date build would not report the analyzer's findings again.
dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1
added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u)
removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" "$log" | sort -u)
unshipped="$dir/PublicAPI.Unshipped.txt"
if [ -n "$removed" ]; then
  while IFS= read -r line; do
    grep -vxF -- "$line" "$unshipped" > "$unshipped.tmp"
    mv "$unshipped.tmp" "$unshipped"
  done <<< "$removed"
fi
{
  head -n1 "$unshipped"
  { tail -n +2 "$unshipped"; if [ -n "$added" ]; then printf '%s\n' "$added"; fi; } | sed '/^$/d' | sort -u
} > "$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
echo "PublicAPI.Unshipped.txt: $(printf '%s' "$added" | grep -c .) added, $(printf '%s' "$removed" | grep -c .) removed"
