#!/usr/bin/env bash
# Installs Debian's redis-server for the tests (they start their own servers on free loopback
# ports). Idempotent, and safe to run from several processes at once: the first one installs under
# a lock, the others wait for it and then find redis-server installed. Needs root.
set -euo pipefail

if command -v redis-server >/dev/null; then exit 0; fi

exec 9>"${TMPDIR:-/tmp}/session-gateway-redis-server-install.lock"
flock 9
if command -v redis-server >/dev/null; then exit 0; fi

# The package's install script starts the redis-server service on port 6379; the tests never use it,
# so keep it from starting (policy-rc.d exit 101 = "action forbidden", as Debian's container images
# do), unless the machine already has its own policy.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=300
apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends redis-server >/dev/null
redis-server --version
