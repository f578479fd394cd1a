import { z } from 'zod';
import { parseCron } from './cron';
import { compareQuantities, parseQuantity, QUANTITY_GRAMMAR } from './quantity';
import { IANA_TIME_ZONES } from './time-zones';

// Field validators shared by the config schema. Each message says what is allowed;
// the loader prefixes the environment and field path and appends the value it got.
// Each value is checked the way its final consumer reads it (named in each validator).
// Every validator keeps one .regex() for its grammar: docs/configuration.md names the
// type by that pattern (lib/config-reference.ts).

const DNS_LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * RFC 1123 DNS host name, e.g. `example.com` or `dev.example.com`: at least two labels,
 * at most 253 characters, and not an IP address (an Ingress host must be a name:
 * k8s.io/api networking/v1 IngressRule.host, validated by apimachinery IsDNS1123Subdomain
 * and refused when it parses as an IP).
 */
export const hostName = () =>
  z
    .string()
    .max(253, { error: 'must be a DNS host name of at most 253 characters', abort: true })
    .regex(new RegExp(`^(?=.{1,253}$)${DNS_LABEL}(\\.${DNS_LABEL})+$`), {
      error: 'must be a lower-case DNS host name (RFC 1123) such as example.com',
      abort: true,
    })
    .refine((h) => !IPV4.test(h), { error: 'must be a DNS host name, not an IP address', abort: true });

/** RFC 1123 label: Namespace, Service and other object names. */
export const dnsLabel = () =>
  z.string().regex(new RegExp(`^${DNS_LABEL}$`), {
    error: 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters',
    abort: true,
  });

/**
 * A DNS subdomain (RFC 1123), the form of most object names (apimachinery
 * IsDNS1123Subdomain): a StorageClass, IngressClass or VolumeSnapshotClass name.
 */
export const dnsSubdomain = () =>
  z.string().regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, {
    error: 'must be a DNS subdomain: lower-case letters, digits, "-" and ".", at most 253 characters, starting and ending with a letter or digit',
    abort: true,
  });

/** A Kubernetes label value (apimachinery IsValidLabelValue): at most 63 characters, alphanumeric at both ends. */
export const labelValue = () =>
  z.string().regex(/^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/, {
    error: 'must be a Kubernetes label value: at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    abort: true,
  });

/** Namespaces no environment may take: Kubernetes' own (kube-*, default). */
export const namespace = () =>
  dnsLabel()
    .refine((ns) => !ns.startsWith('kube-') && ns !== 'default', {
      error: 'must not be a reserved namespace (kube-*, default)',
      abort: true,
    });

// --- quantities: k8s.io/apimachinery/pkg/api/resource (quantity.go), as the API server reads them ---

const QUANTITY_MESSAGE = 'must be a Kubernetes quantity such as 250m, 512Mi or 10Gi';

/** A Kubernetes resource quantity greater than zero, in the apimachinery grammar. */
export const quantity = () =>
  z
    .string()
    .regex(QUANTITY_GRAMMAR, { error: QUANTITY_MESSAGE, abort: true })
    .refine((q) => (parseQuantity(q)?.num ?? 0n) > 0n, { error: 'must be greater than 0', abort: true });

/** CPU: the API server keeps millicores, so anything finer (0.5m, 1e-4) would be rounded. */
export const cpuQuantity = () =>
  quantity().refine(
    (q) => {
      const v = parseQuantity(q);
      return v !== undefined && (v.num * 1000n) % v.den === 0n;
    },
    { error: 'must be a whole number of millicores (at least 1m)', abort: true },
  );

/** Memory and storage: whole bytes. `100m` of memory is a tenth of a byte, not 100 MB. */
export const byteQuantity = () =>
  quantity().refine(
    (q) => {
      const v = parseQuantity(q);
      return v !== undefined && v.num % v.den === 0n;
    },
    { error: 'must be a whole number of bytes such as 512Mi or 10Gi (m means milli: 100m is a tenth of a byte)', abort: true },
  );

/** `a <= b` for two quantities that each passed the grammar. */
export const quantityAtMost = (a: string, b: string): boolean => compareQuantities(a, b) <= 0;

// --- images: the OCI distribution reference grammar (github.com/distribution/reference, regexp.go v0.6.0) ---

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const REPOSITORY = new RegExp(`^(?=.{1,255}$)(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);

/** An image repository, e.g. `postgres` or `ghcr.io/acme/app`: lower case, no tag or digest. */
export const imageRepository = () =>
  z
    .string()
    .refine((r) => !/[:@]/.test(r.slice(r.lastIndexOf('/') + 1)), { error: 'must be a repository without tag or digest: set those in tag and digest', abort: true })
    .refine((r) => r === r.toLowerCase(), { error: 'must be lower case (OCI repository names are)', abort: true })
    .pipe(
      z.string().regex(REPOSITORY, {
        error: 'must be an OCI image repository such as postgres or ghcr.io/acme/app: lower-case path components separated by "/", at most 255 characters',
        abort: true,
      }),
    );

/**
 * A container image tag that pins a version: never `latest`, never empty. The OCI grammar
 * allows 128 characters, but the tag also becomes the `app.kubernetes.io/version` label,
 * so it must be a label value too.
 */
export const imageTag = () =>
  z
    .string({ error: 'is required: a pinned image tag such as 1.2.3' })
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, { error: 'must be a valid image tag such as 1.2.3', abort: true })
    .refine((tag) => tag !== 'latest', { error: 'must be a pinned version, not "latest"', abort: true })
    .refine((tag) => /^(?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(tag), {
      error: 'must be at most 63 characters and start and end with a letter or digit (it becomes the app.kubernetes.io/version label)',
      abort: true,
    });

/** An image manifest digest, `sha256:` and 64 lower-case hex digits. */
export const imageDigest = () =>
  z.string().regex(/^sha256:[a-f0-9]{64}$/, { error: 'must be an image digest: sha256: and 64 lower-case hex digits', abort: true });

// --- schedules and durations ---

/**
 * A schedule as a Kubernetes CronJob accepts it: the API server parses it with
 * robfig/cron v3 ParseStandard (five fields or a descriptor; config/cron.ts) and refuses
 * `TZ=` or `CRON_TZ=` in it (our CronJobs set spec.timeZone). `@every` is a robfig
 * extension, not a CronJob macro in the Kubernetes documentation, so it is refused here.
 */
export const cronSchedule = () =>
  z
    .string()
    .regex(/^[^\n]+$/, { error: 'must be a cron expression on one line', abort: true })
    .refine((s) => !s.includes('TZ'), { error: 'must not set TZ or CRON_TZ in the schedule (Kubernetes refuses it; set backup.timeZone)', abort: true })
    .refine((s) => !s.startsWith('@every'), { error: 'must be five fields or one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly (@every is not a CronJob macro)', abort: true })
    .refine((s) => parseCron(s) === undefined, {
      error: 'must be a five-field cron expression such as "0 2 * * *" or a macro such as @daily (minute 0-59, hour 0-23, day 1-31, month 1-12 or JAN-DEC, weekday 0-6 or SUN-SAT)',
      abort: true,
    });

/**
 * An IANA time zone name spelled exactly, such as `Etc/UTC` or `Europe/Berlin`: the CronJob
 * controller resolves spec.timeZone with Go's time.LoadLocation, case-sensitively, and the
 * API server refuses `Local`. Checked against tzdata (config/time-zones.ts).
 */
export const timeZone = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9._+-]+(\/[A-Za-z0-9._+-]+)*$/, { error: 'must be an IANA time zone name such as Etc/UTC or Europe/Berlin', abort: true })
    .refine((tz) => IANA_TIME_ZONES.has(tz), {
      error: 'must be an IANA time zone name spelled exactly (case matters), such as Etc/UTC or Europe/Berlin',
      abort: true,
    });

/**
 * A Prometheus duration as github.com/prometheus/common/model ParseDuration reads it: units
 * y, w, d, h, m, s, ms, each at most once and in that order (1h30m, not 30m1h), and not zero.
 */
export const promDuration = () =>
  z
    .string()
    .regex(/^(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$/, {
      error: 'must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once)',
      abort: true,
    })
    .refine((d) => /[1-9]/.test(d), { error: 'must be a Prometheus duration greater than 0, such as 30s', abort: true });

// --- URLs and addresses ---

/** The user-info part of a URL (`user:token@`), if any: a credential in configuration. */
export function urlCredentials(url: string): string | undefined {
  const m = url.match(/^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i);
  return m ? m[1] : undefined;
}

/** A URL with no user name or password in it: dist/ is committed, so a token there leaks. */
export const noCredentials = { error: 'must not contain a user name or password (user:token@): keep credentials in a Secret', abort: true } as const;

export const email = () => z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: 'must be an e-mail address', abort: true });

export const nonNegativeInt = () => z.number().int({ error: 'must be a whole number', abort: true }).min(0, { error: 'must be >= 0', abort: true });

export const positiveInt = () => z.number().int({ error: 'must be a whole number', abort: true }).min(1, { error: 'must be >= 1', abort: true });

// --- PostgreSQL ---

/**
 * Keywords PostgreSQL 17 reserves (Appendix C, "reserved" and "reserved (can be function or
 * type)"): an unquoted identifier cannot be one of them.
 */
const SQL_RESERVED = new Set(
  ('all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation column concurrently ' +
    'constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp current_user default ' +
    'deferrable desc distinct do else end except false fetch for foreign freeze from full grant group having ilike in initially inner ' +
    'intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on only or ' +
    'order outer overlaps placing primary references returning right select session_user similar some symmetric system_user table ' +
    'tablesample then to trailing true union unique user using variadic verbose when where window with').split(' '),
);

/** A lower-case SQL identifier PostgreSQL takes unquoted: at most 63 bytes (NAMEDATALEN - 1), not a reserved keyword. */
export const sqlIdentifier = () =>
  z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case SQL identifier: a letter or "_", then letters, digits or "_", at most 63 characters', abort: true })
    .refine((n) => !SQL_RESERVED.has(n), { error: 'must not be an SQL reserved keyword', abort: true });

/**
 * A role name CREATE ROLE accepts: PostgreSQL reserves names starting with `pg_`
 * ("role name ... is reserved") and the names public and none.
 */
export const postgresRole = () =>
  sqlIdentifier()
    .refine((n) => !n.startsWith('pg_'), { error: 'must not start with pg_ (PostgreSQL reserves those role names)', abort: true })
    .refine((n) => !['public', 'none'].includes(n), { error: 'must not be public or none (PostgreSQL reserves those role names)', abort: true });
