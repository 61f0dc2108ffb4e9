#!/usr/bin/env bash
# Debian's postgresql, for the tests that start a real PostgreSQL (as the postgres user).
exec bash "$(dirname "$0")/install-debian-package.sh" postgresql 'ls /usr/lib/postgresql/*/bin/postgres'
