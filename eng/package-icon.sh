#!/usr/bin/env bash
# The packages' icon: the gallery shows PNG icons only, so the site's SVG logo is rendered once to a 128 px PNG and
# committed (docs/images/package-icon.png). Run again after changing docs/images/logo.svg. Needs rsvg-convert
# (Debian/Ubuntu: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
rsvg-convert --width 128 --height 128 --keep-aspect-ratio --background-color none \
  docs/images/logo.svg --output docs/images/package-icon.png
