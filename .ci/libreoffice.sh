#!/usr/bin/env bash
# Install LibreOffice (Writer and Calc, no GUI): the tests convert a legacy .doc fetched from a notice
# page (Writer) and open measures.xlsx again (Calc). Does nothing where both are installed; the tests
# that need them skip where this fails.
set -u
if command -v soffice >/dev/null 2>&1 && ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
  exit 0
fi
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui libreoffice-calc-nogui; } >/dev/null 2>&1 \
  || echo "note: could not install LibreOffice; the .doc conversion and workbook conversion tests will skip" >&2
exit 0
