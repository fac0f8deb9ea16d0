#!/usr/bin/env bash
# Renders assets/icons/orgplan.svg to the PNG sizes a desktop's icon theme looks up
# (assets/icons/hicolor/<N>x<N>/apps/orgplan.png). The PNGs are committed, so that building the
# package needs no SVG renderer; run this again after editing the SVG. The SVG itself is the
# scalable size, installed from assets/icons/ by Cargo.toml's [package.metadata.deb].
# Needs rsvg-convert: apt-get install librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v rsvg-convert >/dev/null || {
    echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2
    exit 1
}
for size in 16 24 32 48 64 128 256 512; do
    dir="assets/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" assets/icons/orgplan.svg -o "$dir/orgplan.png"
done
echo "icons written under assets/icons/hicolor/"
