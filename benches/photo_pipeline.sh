#!/usr/bin/env bash
# Compares the fault-report photo pipeline (src/media, run through
# examples/photo_bench.rs) with libvips making the same two files
# (shared/bench/vips_reference.sh: a 1600 px display copy at Q82 and a 400 px
# thumbnail at Q80, oriented and stripped) from one 12-megapixel phone JPEG.
#
# Both sides are timed as whole process invocations, one photo each, wall
# clock, alternating so that both see the same machine load; the medians are
# compared. Exits 1 if ours/vips is above MAX_RATIO. Run on demand; not part of
# the test suite.
#
# usage: benches/photo_pipeline.sh [PHOTO.jpg]
#   Without PHOTO, makes a photo-like 4032x3024 JPEG (ImageMagick plasma fractal
#   plus sensor-like noise, quality 90, 4:2:0, about 3.3 MB) and, if exiftool is
#   there, gives it EXIF orientation 6 and a GPS position like a phone would.
# environment:
#   RUNS=7                  timed runs of each side
#   MAX_RATIO=0.8           highest acceptable ours/vips
#   PHOTO_BENCH_MANIFEST    Cargo.toml to build the example from (default: this repo's)
#   VIPS_REFERENCE          the reference script (default: ../shared/bench/vips_reference.sh)
# needs: vipsthumbnail (apt-get install libvips-tools); without PHOTO also
# convert (apt-get install imagemagick); optionally exiftool
# (apt-get install libimage-exiftool-perl).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
manifest=${PHOTO_BENCH_MANIFEST:-$repo/Cargo.toml}
reference=${VIPS_REFERENCE:-$repo/../shared/bench/vips_reference.sh}
runs=${RUNS:-7}
max_ratio=${MAX_RATIO:-0.8}

need() {
    command -v "$1" >/dev/null || { echo "photo_pipeline: $1 not found (apt-get install $2)" >&2; exit 2; }
}
need vipsthumbnail libvips-tools
[ -r "$reference" ] || { echo "photo_pipeline: no reference script at $reference" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/vips" "$work/ours"

if [ $# -ge 1 ]; then
    photo=$1
else
    need convert imagemagick
    photo=$work/photo.jpg
    echo "making a 12-megapixel test photo ..."
    # Plasma alone is too smooth (it compresses to 1.4 MB and decodes faster
    # than a real photo); the noise brings it to a phone JPEG's 3-4 MB.
    convert -size 4032x3024 -seed 42 plasma:fractal -blur 0x1 \
        -seed 7 -attenuate 0.4 +noise Gaussian \
        -quality 90 -sampling-factor 2x2 "$photo"
    if command -v exiftool >/dev/null; then
        exiftool -q -overwrite_original -n -Orientation=6 \
            -GPSLatitude=45.0703 -GPSLatitudeRef=N -GPSLongitude=7.6869 -GPSLongitudeRef=E "$photo"
    fi
fi

echo "building examples/photo_bench (release) ..."
bench=$(cargo build --release --quiet --example photo_bench --manifest-path "$manifest" \
        --message-format=json-render-diagnostics \
    | sed -n 's/.*"executable":"\([^"]*photo_bench[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bench" ] || { echo "photo_pipeline: could not find the built photo_bench" >&2; exit 2; }

# Wall-clock milliseconds of one command, its output discarded.
time_ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

size=$(stat -c %s "$photo")
echo "photo: $photo ($size bytes); $runs runs each, alternating"
# One untimed run each: file cache, and the first run's page faults.
bash "$reference" "$photo" "$work/vips" >/dev/null
"$bench" "$photo" 1 "$work/ours" >/dev/null

: >"$work/vips.ms"
: >"$work/ours.ms"
for i in $(seq "$runs"); do
    vips_ms=$(time_ms bash "$reference" "$photo" "$work/vips")
    ours_ms=$(time_ms "$bench" "$photo" 1 "$work/ours")
    echo "$vips_ms" >>"$work/vips.ms"
    echo "$ours_ms" >>"$work/ours.ms"
    printf '  run %d: vips %7.1f ms   ours %7.1f ms\n' "$i" "$vips_ms" "$ours_ms"
done

vips=$(median <"$work/vips.ms")
ours=$(median <"$work/ours.ms")
ratio=$(awk -v o="$ours" -v v="$vips" 'BEGIN { printf "%.3f", o / v }')
echo "median: vips $vips ms, ours $ours ms, ours/vips $ratio (at most $max_ratio)"
if awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then
    echo "photo_pipeline: too slow" >&2
    exit 1
fi
