#!/usr/bin/env bash
# Install LibreOffice (Writer and Calc, no GUI) and the CJK font families the generated layouts
# print with (tests/layouts): Noto Serif/Sans CJK, WenQuanYi Zen Hei, AR PL UMing and UKai.
# Writer prints the generated PDF layouts and converts a legacy .doc fetched from a notice page;
# Calc opens measures.xlsx again. Does nothing where they are already installed. Exits 1 (and
# says what is missing) where it cannot install them: the PDF layout tests then fail, since
# .ci/run requires LibreOffice; the .doc and workbook conversion tests skip.
set -u
packages=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null 2>&1; then
  echo "error: could not install ${missing[*]}; the PDF layout tests will fail" >&2
  exit 1
fi
command -v soffice >/dev/null 2>&1 || { echo "error: soffice is not on PATH after installing LibreOffice" >&2; exit 1; }
