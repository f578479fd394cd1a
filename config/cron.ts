// Cron expressions in the dialect the Kubernetes API server accepts for CronJob
// spec.schedule: github.com/robfig/cron/v3 ParseStandard (v3.0.1, parser.go and spec.go),
// which Kubernetes vendors (pkg/apis/batch/validation validateScheduleFormat).
//
// * five fields split on white space: minute 0-59, hour 0-23, day of month 1-31,
//   month 1-12 or jan-dec, day of week 0-6 or sun-sat (7 is NOT Sunday there);
// * each field a comma list of `*`, `?`, `N`, `N-M`, each with an optional `/step`
//   (step >= 1; `N/step` means N to the maximum); names are case-insensitive;
// * or a descriptor: @yearly @annually @monthly @weekly @daily @midnight @hourly (exact spelling).
// The caller refuses TZ=/CRON_TZ= and @every (config/validators.ts).

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS = Object.fromEntries(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]));
const DAYS = Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d, i) => [d, i]));

const FIELDS: readonly (Bounds & { readonly name: string })[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: DAYS },
];

export const CRON_DESCRIPTORS: readonly string[] = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** Why robfig/cron ParseStandard would refuse `spec`, or undefined when it accepts it. */
export function parseCron(spec: string): string | undefined {
  if (spec.length === 0) return 'empty spec string';
  if (spec.startsWith('@')) return CRON_DESCRIPTORS.includes(spec) ? undefined : `unrecognized descriptor: ${spec}`;
  const fields = spec.split(/\s+/).filter((f) => f.length > 0);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}`;
  for (const [i, field] of fields.entries()) {
    for (const range of field.split(',').filter((r) => r.length > 0)) {
      const problem = checkRange(range, FIELDS[i]);
      if (problem) return `${FIELDS[i].name}: ${problem}`;
    }
  }
  return undefined;
}

function checkRange(expr: string, r: Bounds): string | undefined {
  const [rangePart, ...steps] = expr.split('/');
  if (steps.length > 1) return `too many slashes: ${expr}`;
  const lowHigh = rangePart.split('-');
  let start: number | undefined;
  let end: number | undefined;
  if (lowHigh[0] === '*' || lowHigh[0] === '?') {
    if (lowHigh.length > 1) return `not a range: ${expr}`;
    [start, end] = [r.min, r.max];
  } else {
    if (lowHigh.length > 2) return `too many hyphens: ${expr}`;
    start = value(lowHigh[0], r);
    end = lowHigh.length === 2 ? value(lowHigh[1], r) : start;
    if (steps.length === 1 && lowHigh.length === 1) end = r.max;
  }
  if (start === undefined || end === undefined) return `not a number or name: ${expr}`;
  const step = steps.length === 1 ? value(steps[0], { min: 0, max: Infinity }) : 1;
  if (step === undefined || step === 0) return `step must be a positive number: ${expr}`;
  if (start < r.min) return `beginning of range (${start}) below minimum (${r.min}): ${expr}`;
  if (end > r.max) return `end of range (${end}) above maximum (${r.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  return undefined;
}

/** A non-negative whole number or, where the field has names, a name. */
function value(text: string, r: Bounds): number | undefined {
  const named = r.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

// --- CloudNativePG's dialect ---
//
// The ScheduledBackup's spec.schedule is parsed by github.com/robfig/cron v1.2.0 `cron.Parse`
// (cloudnative-pg v1.30.0 go.mod; internal/controller/scheduledbackup_controller.go): six
// fields, SECONDS FIRST, the day of week optional (parser.go defaultParser: Second | Minute |
// Hour | Dom | Month | DowOptional | Descriptor). A five-field string is therefore read as
// `second minute hour day month`: `0 2 * * *` would run at minute 2 of every hour. Its field
// grammar (ranges, steps, names, `?`, `N/step` to the maximum) and bounds (weekday 0-6) are
// the same as v3's, and it has no time zone: the operator's clock, UTC.

/** Descriptors spelled out, so the rendered schedule says when it runs (v1.2.0 parseDescriptor). */
const DESCRIPTOR_FIELDS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/**
 * A five-field schedule (or descriptor) as Kubernetes reads it, in CloudNativePG's six-field
 * form with second 0: `0 2 * * *` -> `0 0 2 * * *`. Throws on what Kubernetes would refuse,
 * since that cannot mean anything in the other dialect either.
 */
export function toCnpgSchedule(spec: string): string {
  const problem = parseCron(spec);
  if (problem) throw new Error(`cannot convert cron schedule ${JSON.stringify(spec)} to CloudNativePG's six fields: ${problem}`);
  const fields = spec.startsWith('@') ? DESCRIPTOR_FIELDS[spec] : spec.split(/\s+/).filter((f) => f.length > 0).join(' ');
  return `0 ${fields}`;
}
