#!/usr/bin/env bash
# Installs the outside tools the tests use, from Debian packages:
# promtool (prometheus), shellcheck, PostgreSQL server binaries, sqlite3, python3, and for
# the pod runner util-linux, iproute2, nftables, curl and prometheus-postgres-exporter.
# Idempotent; run as root (CI is). Skips what is already present.
set -euo pipefail

need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
# The Chroma archive scripts copy SQLite with Python's sqlite3 module (the backup API).
python3 -c 'import sqlite3' >/dev/null 2>&1 || need+=(python3)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v psql >/dev/null 2>&1 || need+=(postgresql-client)
# The pod runner (test/podrunner/): namespaces and user switch (util-linux), the pod
# sandbox's loopback (iproute2) and Service NAT (nftables), httpGet probes (curl), the
# exporter sidecar's program.
{ command -v unshare && command -v nsenter && command -v setpriv; } >/dev/null 2>&1 || need+=(util-linux)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v nft >/dev/null 2>&1 || need+=(nftables)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v prometheus-postgres-exporter >/dev/null 2>&1 || need+=(prometheus-postgres-exporter)
# amtool checks the Alertmanager route example (docs/alertmanager.example.yaml).
command -v amtool >/dev/null 2>&1 || need+=(prometheus-alertmanager)

if [ "${#need[@]}" -eq 0 ]; then
  echo "test tools: all present"
  exit 0
fi
echo "test tools: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends keeps the prometheus server's extras out; policy-rc.d stops
# the packages from starting services in the CI container.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
rm -f /usr/sbin/policy-rc.d
echo "test tools: installed"
