#!/usr/bin/env bash
# Install Debian's Chromium and a CJK font for the HTML report's browser test.
# Does nothing where they are already installed; the test skips where this fails.
set -u
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; } >/dev/null 2>&1 \
  || echo "note: could not install chromium; the browser test will skip" >&2
exit 0
