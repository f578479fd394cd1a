#!/usr/bin/env bash
# The pod runner's own model of the official postgres image's entrypoint, written from the
# behaviour of docker-library/postgres 17/bookworm/docker-entrypoint.sh (the image tag
# postgres:17.x-bookworm) and its documentation (hub.docker.com/_/postgres, "Initialization
# scripts", "Environment Variables"). It is bound at /usr/local/bin/docker-entrypoint.sh in
# the container, where the image has the real one (ENTRYPOINT ["docker-entrypoint.sh"],
# CMD ["postgres"]).
#
# Modelled: a first argument starting with "-" means "postgres <args>"; POSTGRES_PASSWORD,
# POSTGRES_USER (default postgres), POSTGRES_DB (default: the user), POSTGRES_INITDB_ARGS,
# each also from a <NAME>_FILE (both set is an error); POSTGRES_HOST_AUTH_METHOD; an empty
# data directory is one without a non-empty $PGDATA/PG_VERSION. On first boot: refuse to
# start without a password (unless trust), initdb with the password on --pwfile, a "host all
# all all <method>" line in pg_hba.conf (method: POSTGRES_HOST_AUTH_METHOD, else the
# server's password_encryption with the given args), a temporary server on the Unix socket
# only (listen_addresses=''), CREATE DATABASE POSTGRES_DB unless it exists, every
# /docker-entrypoint-initdb.d entry in glob order (*.sh run when executable, else sourced;
# *.sql, *.sql.gz, *.sql.xz, *.sql.zst through psql), then the temporary server is stopped
# and the script execs "$@".
# Not modelled: starting as root (the gosu step-down; every pod here sets runAsUser),
# POSTGRES_INITDB_WALDIR, the PostgreSQL 18 data-directory layout check.
set -Eeo pipefail

from_env_or_file() {
  local name=$1 default=${2:-} file_name="${1}_FILE" value
  if [ -n "${!name:-}" ] && [ -n "${!file_name:-}" ]; then
    echo "error: both $name and $file_name are set (but are exclusive)" >&2
    exit 1
  fi
  value=$default
  if [ -n "${!name:-}" ]; then
    value=${!name}
  elif [ -n "${!file_name:-}" ]; then
    value=$(<"${!file_name}")
  fi
  export "$name=$value"
  unset "$file_name"
}

run_sql() {
  local args=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
  if [ -n "$POSTGRES_DB" ]; then args+=(--dbname "$POSTGRES_DB"); fi
  PGHOST='' PGHOSTADDR='' "${args[@]}" "$@"
}

run_init_file() {
  local f=$1
  case "$f" in
    *.sh)
      if [ -x "$f" ]; then
        echo "$0: running $f"
        "$f"
      else
        echo "$0: sourcing $f"
        # shellcheck disable=SC1090
        . "$f"
      fi
      ;;
    *.sql) echo "$0: running $f"; run_sql -f "$f" ;;
    *.sql.gz) echo "$0: running $f"; gunzip -c "$f" | run_sql ;;
    *.sql.xz) echo "$0: running $f"; xzcat "$f" | run_sql ;;
    *.sql.zst) echo "$0: running $f"; zstd -dc "$f" | run_sql ;;
    *) echo "$0: ignoring $f" ;;
  esac
}

first_boot() {
  if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
    echo "Error: Database is uninitialized and superuser password is not specified." >&2
    exit 1
  fi
  ls /docker-entrypoint-initdb.d/ >/dev/null
  if ! getent passwd "$(id -u)" >/dev/null; then
    echo "model of docker-entrypoint.sh: uid $(id -u) has no passwd entry; the image would use nss_wrapper here, which this model does not" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  eval 'initdb --username="$POSTGRES_USER" --pwfile=<(printf "%s\n" "$POSTGRES_PASSWORD") '"$POSTGRES_INITDB_ARGS"

  local server_args=("$@") method
  if [ "${server_args[0]:-}" = postgres ]; then server_args=("${server_args[@]:1}"); fi
  method=${POSTGRES_HOST_AUTH_METHOD:-$(postgres -C password_encryption "${server_args[@]}")}
  printf '\nhost all all all %s\n' "$method" >>"$PGDATA/pg_hba.conf"

  export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}"
  NOTIFY_SOCKET='' PGUSER="${PGUSER:-$POSTGRES_USER}" \
    pg_ctl -D "$PGDATA" -o "$(printf '%q ' "${server_args[@]}" -c listen_addresses='' -p "${PGPORT:-5432}")" -w start

  local exists db=$POSTGRES_DB
  exists=$(POSTGRES_DB='' run_sql --dbname postgres --set db="$db" --tuples-only <<<"SELECT 1 FROM pg_database WHERE datname = :'db';")
  if [ -z "$exists" ]; then
    POSTGRES_DB='' run_sql --dbname postgres --set db="$db" <<<'CREATE DATABASE :"db";'
  fi
  local f
  for f in /docker-entrypoint-initdb.d/*; do
    [ -e "$f" ] || continue
    run_init_file "$f"
  done

  PGUSER="${PGUSER:-postgres}" pg_ctl -D "$PGDATA" -m fast -w stop
  unset PGPASSWORD
  echo "PostgreSQL init process complete; ready for start up."
}

main() {
  if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi
  if [ "$1" = postgres ]; then
    for arg in "$@"; do
      case "$arg" in -'?' | --help | --describe-config | -V | --version) exec "$@" ;; esac
    done
    if [ "$(id -u)" = 0 ]; then
      echo "model of docker-entrypoint.sh: running as root (the gosu step-down) is not modelled" >&2
      exit 1
    fi
    from_env_or_file POSTGRES_PASSWORD
    from_env_or_file POSTGRES_USER postgres
    from_env_or_file POSTGRES_DB "$POSTGRES_USER"
    from_env_or_file POSTGRES_INITDB_ARGS
    : "${POSTGRES_HOST_AUTH_METHOD:=}"
    mkdir -p "$PGDATA"
    chmod 00700 "$PGDATA" || :
    mkdir -p /var/run/postgresql || :
    chmod 03775 /var/run/postgresql || :
    if [ -s "$PGDATA/PG_VERSION" ]; then
      echo "PostgreSQL Database directory appears to contain a database; Skipping initialization"
    else
      first_boot "$@"
    fi
  fi
  exec "$@"
}

main "$@"
