#!/usr/bin/env bash
# Debian's chromium, for the usage page's browser test (playwright-core drives /usr/bin/chromium).
exec bash "$(dirname "$0")/install-debian-package.sh" chromium '/usr/bin/chromium --version'
