#!/usr/bin/env bash
# Runs once, when the official postgres image initialises an empty data directory
# (/docker-entrypoint-initdb.d), over the Unix socket as the OS user postgres (peer).
# Creates the app's login role as owner of its database (not a superuser) and the
# password-less "metrics" role (pg_monitor) that postgres-exporter logs in as, through the
# peer map in pg_ident.conf. The app's password is read from a file of the mounted
# Secret (APP_DB_PASSWORD_FILE), never from the environment or a command line.
set -euo pipefail

: "${POSTGRES_DB:?}" "${APP_DB_USER:?}" "${APP_DB_PASSWORD_FILE:?}"
[ -n "$(<"$APP_DB_PASSWORD_FILE")" ] || { echo "init-app-user: $APP_DB_PASSWORD_FILE is empty" >&2; exit 1; }

# psql reads the password itself (a backquoted command; trailing newlines dropped, as the
# image does for POSTGRES_PASSWORD_FILE). No statement that holds it is ever logged.
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "$POSTGRES_DB" \
  --set=app_user="$APP_DB_USER" --set=db="$POSTGRES_DB" <<'SQL'
SET log_min_error_statement = panic;
SET log_statement = 'none';
SET log_min_duration_statement = -1;
\set app_password `printf %s "$(cat "$APP_DB_PASSWORD_FILE")"`
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
\unset app_password
ALTER DATABASE :"db" OWNER TO :"app_user";
CREATE ROLE metrics LOGIN;
GRANT pg_monitor TO metrics;
SQL
