#!/usr/bin/env bash
# Installs one Debian package the tests need (they start their own servers on free loopback ports,
# or drive their own browser), when `check` (a shell test) says it is missing. Idempotent, and safe
# to run from several processes at once: the first one installs under a lock, the others wait for
# it and then find the package installed. Needs root.
#   install-debian-package.sh PACKAGE 'CHECK'
set -euo pipefail
package=$1
check=$2

if eval "$check" >/dev/null 2>&1; then exit 0; fi

exec 9>"${TMPDIR:-/tmp}/session-gateway-${package}-install.lock"
flock 9
if eval "$check" >/dev/null 2>&1; then exit 0; fi

# A server package's install script starts its service (redis on 6379, a PostgreSQL cluster on
# 5432); the tests never use it, so keep it from starting (policy-rc.d exit 101 = "action
# forbidden", as Debian's container images do), unless the machine already has its own policy.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=300
apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "$package" >/dev/null
eval "$check"
