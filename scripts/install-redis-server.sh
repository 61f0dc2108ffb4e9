#!/usr/bin/env bash
# Debian's redis-server, for the tests that start a real Redis.
exec bash "$(dirname "$0")/install-debian-package.sh" redis-server 'redis-server --version'
