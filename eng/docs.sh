#!/usr/bin/env bash
# Builds the documentation site into docs/_site, and serves it locally.
#   eng/docs.sh build          the standard's pages from the embedded dataset, then the API reference and the site
#   eng/docs.sh serve [PORT]   build, then serve on http://localhost:PORT (8080 by default) until Ctrl+C
# Needs only the .NET SDK: docfx is a local tool of the repository (.config/dotnet-tools.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() {
  dotnet tool restore > /dev/null
  # From nothing: a page or an API file left from an earlier build could hide a broken link.
  rm -rf docs/_site docs/api/*.yml docs/api/.manifest
  # The pages of the standard are written by laborstd from the dataset the package embeds, never by hand; the
  # committed copy in docs/standard is checked by DocsStandardPagesTest.
  dotnet run --project src/LaborStandard.Cli -c Release -- export --format markdown --output docs/standard > /dev/null
  # Warnings are errors: a compilation error, an unresolved xref or a broken file link fails the build.
  dotnet docfx docs/docfx.json --warningsAsErrors
}

case "${1:-build}" in
  build)
    build
    ;;
  serve)
    build
    echo "Serving the documentation on http://localhost:${2:-8080}/ (Ctrl+C stops it)"
    exec dotnet docfx serve docs/_site --hostname localhost --port "${2:-8080}"
    ;;
  *)
    echo "usage: eng/docs.sh [build | serve [PORT]]" >&2
    exit 2
    ;;
esac
