#!/usr/bin/env bash
# The documentation site's check, run by .ci/run: builds the site (eng/docs.sh build), checks every internal link of
# every page, serves the site on 127.0.0.1 and follows a reader's path in headless Chromium — home, eligibility guide,
# API page of EligibilityEngine, the standard, its table of 三级 requirements — failing on a broken link, a console
# error or a failed request. Screenshots go to artifacts/docs/ (screenshot.png is the 三级 page).
# Installs Debian's chromium (and a font with Chinese glyphs) when missing: as root, or with sudo.
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
