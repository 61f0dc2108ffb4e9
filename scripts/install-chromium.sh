#!/usr/bin/env bash
# Installs Debian's chromium for the usage page's browser test (headless, driven by
# playwright-core at /usr/bin/chromium). Idempotent and safe to run from several processes at
# once: the first one installs under a lock. Needs root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then exit 0; fi

exec 9>"${TMPDIR:-/tmp}/session-gateway-chromium-install.lock"
flock 9
if [ -x /usr/bin/chromium ]; then exit 0; fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=300
apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
