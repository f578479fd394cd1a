// What the postgres-exporter sidecar (charts/postgres.ts) must run with for the PostgreSQL
// alerts and dashboard panels: test/monitoring-exporter.test.ts starts the real exporter
// with these arguments against a real PostgreSQL and scrapes every pg_* name they read.
//
// Two exporter versions matter: the image's (config `postgres.exporter.image`, v0.17.1) and
// Debian's 0.11.1, which the tests run. Every flag here exists in both:
//   --extend.query-path: v0.11.1 cmd/postgres_exporter/main.go; v0.17.1
//     cmd/postgres_exporter/main.go ("Path to custom queries to run. (DEPRECATED)", still read).
// The default collectors serve the rest: pg_stat_activity_* and pg_settings_* are the
// exporter's built-in "default metrics" in both versions (v0.17.1
// cmd/postgres_exporter/postgres_exporter.go builtinMetricMaps), pg_stat_database_* the
// stat_database collector (v0.17.1 collector/pg_stat_database.go, defaultEnabled; 0.11.1:
// builtin). Transaction-ID age needs the database_wraparound collector, added after 0.11
// and off by default (v0.17.1 collector/pg_database_wraparound.go, defaultDisabled): its
// flag would make 0.11 refuse to start, so a custom query serves the same name instead.

/** Where the sidecar mounts the custom queries. */
export const EXPORTER_QUERIES_DIR = '/etc/postgres-exporter';
export const EXPORTER_QUERIES_FILE = 'queries.yaml';

/** The sidecar's arguments. */
export const EXPORTER_ARGS: readonly string[] = [`--extend.query-path=${EXPORTER_QUERIES_DIR}/${EXPORTER_QUERIES_FILE}`];

/**
 * Custom queries, in the exporter's queries.yaml format. The metric is `<key>_<column>`:
 * pg_database_wraparound_age_datfrozenxid_seconds, the name (and labels) of the upstream
 * database_wraparound collector, so a later switch to the collector keeps the rules.
 */
export const EXPORTER_QUERIES = `pg_database_wraparound:
  query: "SELECT datname, age(datfrozenxid)::float AS age_datfrozenxid_seconds FROM pg_catalog.pg_database WHERE datallowconn"
  metrics:
    - datname:
        usage: "LABEL"
        description: "Database name"
    - age_datfrozenxid_seconds:
        usage: "GAUGE"
        description: "Age of the oldest transaction ID that has not been frozen (transactions, named as the database_wraparound collector names it)."
`;
