#!/usr/bin/env bash
# Builds the documentation site into docs/_site, and serves it locally.
#   eng/docs.sh build          the standard's pages from the embedded dataset, the benchmark charts from the committed
#                              results, then the API reference and the site
#   eng/docs.sh serve [PORT]   build, then serve on http://localhost:PORT (8080 by default) until Ctrl+C
# Needs the .NET SDK and npm: docfx is a local tool of the repository (.config/dotnet-tools.json); Chart.js, which the
# site bundles for its charts, comes from the npm registry at the version docs/package-lock.json pins.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() {
  dotnet tool restore > /dev/null
  command -v npm > /dev/null || { echo "eng/docs.sh: npm is missing (Debian: apt-get install nodejs npm)" >&2; exit 1; }
  npm ci --prefix docs --no-audit --no-fund --ignore-scripts --loglevel=error > /dev/null
  # From nothing: a page, an API file or a chart left from an earlier build could hide a broken link or stale data.
  rm -rf docs/_site docs/api/*.yml docs/api/.manifest docs/_generated
  # The pages of the standard are written by laborstd from the dataset the package embeds, never by hand; the
  # committed copy in docs/standard is checked by DocsStandardPagesTest.
  dotnet run --project src/LaborStandard.Cli -c Release -- export --format markdown --output docs/standard > /dev/null
  # The benchmark page's charts, from the committed results: not committed themselves, so never stale.
  dotnet run --project tests/LaborStandard.DocsCheck -c Release -- benchmark-charts \
    benchmarks/LaborStandard.Benchmarks/results docs/_generated/benchmark-charts.md > /dev/null
  # Warnings are errors: a compilation error, an unresolved xref or a broken file link fails the build.
  dotnet docfx docs/docfx.json --warningsAsErrors
  # The site's search worker replaces DocFX's (docs/template/public/search-worker.min.js); the source map of DocFX's
  # own worker would describe code the site does not serve.
  rm -f docs/_site/public/search-worker.min.js.map
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
