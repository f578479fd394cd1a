// The target time of a point-in-time recovery (a CloudNativePG Cluster's
// spec.bootstrap.recovery.recoveryTarget.targetTime), validated more strictly than the operator
// does. CloudNativePG v1.30.0 (go.mod: github.com/cloudnative-pg/machinery v0.5.0) reads it with
// machinery pkg/types/time.go ParseTargetTime, which accepts, in this order: a PostgreSQL
// timestamp `YYYY-MM-DD HH:MM:SS[.ffffff][±TZ]` (lib/pq ParseTimestamp, no zone meaning the
// operator's), RFC 3339 with microseconds, RFC 3339, and `YYYY-MM-DDTHH:MM:SS` without a zone
// (taken as UTC). It then hands PostgreSQL the time as `YYYY-MM-DD HH:MM:SS.ffffff±HH:MM`
// (machinery pkg/postgres/time/time.go ConvertToPostgresFormat), so digits past the sixth are
// dropped. Here only RFC 3339 with an explicit offset is taken (`Z` or `±HH:MM`, up to six
// fractional digits): a time without a zone is ambiguous to the person typing it, and one that
// loses digits is not the time they asked for.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|([+-])(\d{2}):(\d{2}))$/;

export const TARGET_TIME_FORMAT = 'RFC 3339 with an offset, e.g. 2026-12-01T21:30:00Z or 2026-12-01T22:30:00.25+01:00 (at most 6 fractional digits)';

/** The instant `text` names, or an error message saying what is wrong with it. */
export function parseTargetTime(text: string, now: Date = new Date()): { instant: Date } | { error: string } {
  const m = RFC3339.exec(text);
  if (!m) return { error: `must be ${TARGET_TIME_FORMAT}` };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12) return { error: `has month ${m[2]}: must be 01-12` };
  if (day < 1 || day > daysInMonth) return { error: `has day ${m[3]}: ${year}-${m[2]} has ${daysInMonth} days` };
  if (hour > 23 || minute > 59 || second > 59) return { error: `has time ${m[4]}:${m[5]}:${m[6]}: must be 00:00:00-23:59:59` };
  const offsetMinutes = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (m[8] !== 'Z' && (Number(m[10]) > 23 || Number(m[11]) > 59)) return { error: `has offset ${m[8]}: must be -23:59 to +23:59` };
  const millis = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000);
  if (year < 1970) return { error: 'is before 1970: no backup of this stack is that old' };
  if (instant.getTime() > now.getTime()) {
    return { error: `is in the future (now ${now.toISOString()}): a recovery never reaches it and fails; use --latest for the newest point` };
  }
  return { instant };
}
