#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline).
# Installs it when missing and we are root with apt; otherwise explains what to do.
set -euo pipefail
CHROMIUM="${TOKENPLAN_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $CHROMIUM. Install it (Debian: sudo apt-get install chromium) or set TOKENPLAN_CHROMIUM." >&2
exit 1
