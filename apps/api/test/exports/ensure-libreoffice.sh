#!/usr/bin/env bash
# The workbook recalculation test (libreoffice.test.ts) opens exports in LibreOffice Calc, headless.
# Installs Debian's libreoffice-calc-nogui when soffice is missing and we are root with apt;
# otherwise explains what to do (the test fails without it: it is never skipped).
set -euo pipefail
if command -v "${TOKENPLAN_SOFFICE:-soffice}" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing LibreOffice Calc (headless) for the workbook recalculation test…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  exit 0
fi
echo "soffice not found. Install LibreOffice Calc (Debian: sudo apt-get install libreoffice-calc-nogui) or set TOKENPLAN_SOFFICE." >&2
exit 1
