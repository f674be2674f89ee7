#!/usr/bin/env bash
# Rebuilds the CJK subset fonts in this folder from Debian's fonts-noto-cjk
# (see README.md). Needs apt (fonts-noto-cjk is downloaded, not installed) and
# fontTools' subsetter (Debian's python3-fonttools, run as /usr/bin/python3 -m fontTools.subset,
# which is pyftsubset). Run from the project root:
#   bash src/assets/fonts/subset-cjk.sh
# then commit the two .otf files: builds use them as committed.
set -euo pipefail
out=src/assets/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-noto-cjk=1:20220127+repack1-1 && dpkg-deb -x fonts-noto-cjk_*.deb x)
node_modules/.bin/node src/build/cjk-subset-codepoints.ts content > "$work/unicodes.txt"
for weight in Regular Bold; do
  # Face 2 of the collection is Noto Sans CJK SC; hinting is dropped (resvg does not hint).
  /usr/bin/python3 -m fontTools.subset "$work/x/usr/share/fonts/opentype/noto/NotoSansCJK-$weight.ttc" --font-number=2 \
    --unicodes-file="$work/unicodes.txt" --no-hinting --output-file="$out/NotoSansCJKsc-$weight.subset.otf"
done
wc -l < "$work/unicodes.txt"
