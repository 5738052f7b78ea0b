#!/usr/bin/env bash
# Makes sure the browser the e2e tests drive is installed: installs Debian's chromium when this machine
# lets us (root with apt-get), otherwise stops with a one-line instruction.
set -euo pipefail
want="${1:-/usr/bin/chromium}"
if [ -x "$want" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $want: installing Debian's chromium package (apt-get install -y chromium)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  if [ -x "$want" ]; then
    echo "Chromium installed: $("$want" --version 2>/dev/null || echo "$want")"
    exit 0
  fi
fi
echo "Chromium not found at $want: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or pass -Dchromium.path=/path/to/chromium, then run the tests again." >&2
exit 1
