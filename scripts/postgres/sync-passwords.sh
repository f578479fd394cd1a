#!/usr/bin/env bash
# password-sync sidecar of the postgresql pod. The postgres image applies
# POSTGRES_PASSWORD_FILE and the init scripts to an empty data directory only, so a
# rotated Secret alone would lock every client out. This keeps the roles' passwords equal
# to the mounted Secret postgresql-credentials: it applies them (ALTER ROLE) when the
# server is up, and again whenever the kubelet updates the Secret's files. It connects
# over the pod-local Unix socket as the OS user postgres (peer authentication), so it
# needs no password of its own and works whichever password changed.
#
#   sync-passwords.sh          the sidecar: apply now, then every SYNC_INTERVAL_SECONDS
#                              when the files changed
#   sync-passwords.sh --once   apply now and exit (kubectl exec, docs/backup-restore.md)
#
# Env: CREDENTIALS_DIR (files postgres-password and password), APP_DB_USER,
#      SYNC_INTERVAL_SECONDS, HEARTBEAT_FILE (touched every round, for the probes);
#      libpq's PGHOST (the socket directory) and PGPORT.
set -euo pipefail

: "${CREDENTIALS_DIR:?}" "${APP_DB_USER:?}" "${PGHOST:?}"
interval=${SYNC_INTERVAL_SECONDS:-30}
heartbeat=${HEARTBEAT_FILE:-}
export SUPERUSER_PASSWORD_FILE="$CREDENTIALS_DIR/postgres-password" APP_PASSWORD_FILE="$CREDENTIALS_DIR/password"

log() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
beat() { if [ -n "$heartbeat" ]; then : >"$heartbeat"; fi; }

# fingerprint: a hash of both files, so a change is seen without keeping the passwords.
fingerprint() { cat -- "$SUPERUSER_PASSWORD_FILE" "$APP_PASSWORD_FILE" | sha256sum | cut -d' ' -f1; }

# apply: sets both roles' passwords from the files. psql reads each file itself (a
# backquoted command, trailing newlines dropped as the image does for
# POSTGRES_PASSWORD_FILE), and the session logs no statement, so a password appears in
# no command line, environment or server log.
apply() {
  local f
  for f in "$SUPERUSER_PASSWORD_FILE" "$APP_PASSWORD_FILE"; do
    [ -n "$(<"$f")" ] || { log "ERROR: $f is empty: passwords not changed"; return 1; }
  done
  timeout 60 psql -XAtq -v ON_ERROR_STOP=1 --username=postgres --dbname=postgres --set=app_user="$APP_DB_USER" <<'SQL'
SET log_min_error_statement = panic;
SET log_statement = 'none';
SET log_min_duration_statement = -1;
SET statement_timeout = '30s';
\set su_password `printf %s "$(cat "$SUPERUSER_PASSWORD_FILE")"`
\set app_password `printf %s "$(cat "$APP_PASSWORD_FILE")"`
BEGIN;
ALTER ROLE postgres PASSWORD :'su_password';
ALTER ROLE :"app_user" PASSWORD :'app_password';
COMMIT;
SQL
}

# ready: the real server is up (the image's init-time server listens on no TCP port).
ready() { pg_isready --quiet --host=127.0.0.1 --port="${PGPORT:-5432}" --timeout=5; }

if [ "${1:-}" = --once ]; then
  ready || { log "ERROR: the server does not accept connections"; exit 1; }
  apply
  log "passwords of postgres and $APP_DB_USER set from $CREDENTIALS_DIR"
  exit 0
fi

# The loop never exits on an error (only on SIGTERM): a restarting container would make the
# whole pod, and so the database's Service, not ready for a moment.
trap 'exit 0' TERM INT
applied=''
while :; do
  beat
  if ! ready; then
    :
  elif ! current=$(fingerprint); then
    log "ERROR: cannot read $SUPERUSER_PASSWORD_FILE and $APP_PASSWORD_FILE; retrying in ${interval}s"
  elif [ "$current" != "$applied" ]; then
    if apply; then
      applied=$current
      log "passwords of postgres and $APP_DB_USER set from $CREDENTIALS_DIR"
    else
      log "ERROR: could not set the passwords; retrying in ${interval}s"
    fi
  fi
  sleep "$interval" &
  wait $! || true
done
