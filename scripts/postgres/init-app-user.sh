#!/usr/bin/env bash
# Runs once, when the official postgres image initialises an empty data directory
# (/docker-entrypoint-initdb.d). Creates the app's login role as owner of its database
# (not a superuser) and the password-less "metrics" role that postgres-exporter uses over
# the pod-local Unix socket.
set -euo pipefail

: "${POSTGRES_DB:?}" "${APP_DB_USER:?}" "${APP_DB_PASSWORD:?}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "$POSTGRES_DB" \
  --set=app_user="$APP_DB_USER" --set=app_password="$APP_DB_PASSWORD" --set=db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"app_user";
CREATE ROLE metrics LOGIN;
GRANT pg_monitor TO metrics;
SQL
