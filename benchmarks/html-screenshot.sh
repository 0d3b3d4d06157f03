#!/usr/bin/env bash
# Renders an HTML report offline in headless Chromium (Debian package "chromium") and saves a PNG screenshot.
#
#   benchmarks/html-screenshot.sh REPORT.html OUT.png [WIDTH,HEIGHT]     (default size 1280,2400)
#
# Exit 0 with the PNG written; 1 when Chromium wrote no screenshot; 2 on usage errors or without Chromium.
# The browser runs with a throw-away profile and every network feature off, so the page must render from
# the file alone (the report also forbids any load in its content security policy).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
html=$1
png=$2
size=${3:-1280,2400}
if [[ ! -f "$html" ]]; then
  echo "$0: no such file: $html" >&2
  exit 2
fi
browser=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$(command -v "$candidate")
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "$0: Chromium not found (Debian: apt-get install chromium)" >&2
  exit 2
fi

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
out="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
rm -f "$out"
# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
if ! timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --hide-scrollbars --user-data-dir="$profile" --screenshot="$out" --window-size="$size" "$url" \
    >"$log" 2>&1; then
  echo "$0: Chromium failed:" >&2
  tail -n 20 "$log" >&2
fi
if [[ ! -s "$out" ]]; then
  echo "$0: no screenshot written to $out" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "$out"
