#!/usr/bin/env bash
# The documentation site's check, run by .ci/run: builds the site (eng/docs.sh build), checks every internal link of
# every page, serves the site on 127.0.0.1 and uses it in headless Chromium as a reader would:
#   - the reading path: home, eligibility guide, API page of EligibilityEngine, the standard, its 三级 requirements;
#   - the pictures drawn from the data (diagrams of the standard, charts of weights and benchmarks) must render;
#   - the search box: Chinese words and phrases, item codes, clause numbers and English words typed in must each find
#     their page, on a desktop and on a phone;
#   - the widest pages at a phone's width (390 px): no page and no table may scroll sideways.
# It fails on any of these, on a broken link, a console error or a failed request. Screenshots go to artifacts/docs/
# (screenshot.png is the 三级 page; figures/, search/ and phone/ hold the others).
# Installs Debian's chromium (and a font with Chinese glyphs, and npm for the site's build) when missing: as root, or
# with sudo.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() {
  echo "check-docs: FAILED: $*" >&2
  exit 1
}

chromium=/usr/bin/chromium
packages=()
[ -x "$chromium" ] || packages+=(chromium)
# Without a CJK font the screenshots show the standard's Chinese as empty boxes.
{ command -v fc-list > /dev/null && [ -n "$(fc-list :lang=zh 2> /dev/null)" ]; } || packages+=(fonts-wqy-microhei)
# eng/docs.sh restores Chart.js with npm (docs/package-lock.json).
command -v npm > /dev/null || packages+=(nodejs npm)
if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo > /dev/null; then
    sudo=(sudo -n)
  else
    fail "${packages[*]} missing, and neither root nor sudo to install them (apt-get install ${packages[*]})"
  fi
  echo "check-docs: installing ${packages[*]} (Debian packages)"
  { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}"; } > /dev/null \
    || fail "apt-get could not install ${packages[*]}"
  [ -x "$chromium" ] || fail "$chromium is still missing after installing chromium"
fi
echo "check-docs: $("$chromium" --version 2> /dev/null)"

eng/docs.sh build || fail "the site does not build (eng/docs.sh build)"

dotnet build tests/LaborStandard.DocsCheck -c Release -v quiet -nologo > /dev/null || fail "tests/LaborStandard.DocsCheck does not build"
check=(dotnet run --project tests/LaborStandard.DocsCheck -c Release --no-build --)
"${check[@]}" links docs/_site || fail "broken internal links (above)"
"${check[@]}" browse --site docs/_site --chromium "$chromium" --artifacts artifacts/docs || fail "the reading path in Chromium (above)"
echo "check-docs: passed; screenshots in artifacts/docs/"
