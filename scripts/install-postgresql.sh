#!/usr/bin/env bash
# Installs Debian's postgresql for the tests (they start their own servers on free loopback ports,
# as the postgres user, in temporary directories). Idempotent, and safe to run from several
# processes at once: the first one installs under a lock, the others wait for it. Needs root.
set -euo pipefail

found() { compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }
if found; then exit 0; fi

exec 9>"${TMPDIR:-/tmp}/session-gateway-postgresql-install.lock"
flock 9
if found; then exit 0; fi

# The package's install script creates and starts a cluster on port 5432; the tests never use it,
# so keep it from starting (policy-rc.d exit 101 = "action forbidden"), unless the machine
# already has its own policy.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=300
apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/postgres
