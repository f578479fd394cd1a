import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

// Field validators shared by the config schema. Each message says what is allowed;
// the loader prefixes the environment and field path and appends the value it got.

/** RFC 1123 DNS host name, e.g. `example.com` or `dev.example.com`. */
export const hostName = () =>
  z
    .string()
    .max(253, { error: 'must be a DNS host name of at most 253 characters' })
    .regex(/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, {
      error: 'must be a lower-case DNS host name (RFC 1123) such as example.com',
    });

/** RFC 1123 label: Namespace, Service and other object names. */
export const dnsLabel = () =>
  z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, {
    error: 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters',
  });

const QUANTITY = /^(\d+(\.\d+)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;

/** A Kubernetes resource quantity such as `250m`, `512Mi` or `10Gi`. */
export const quantity = () =>
  z.string().regex(QUANTITY, {
    error: 'must be a Kubernetes quantity such as 250m, 512Mi or 10Gi',
  });

/** A container image tag that pins a version: never `latest`, never empty. */
export const imageTag = () =>
  z
    .string({ error: 'is required: a pinned image tag such as 1.2.3' })
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, { error: 'must be a valid image tag such as 1.2.3' })
    .refine((tag) => tag !== 'latest', { error: 'must be a pinned version, not "latest"' });

/** A five-field cron expression as Kubernetes CronJobs accept it (or a macro such as @daily). */
export const cronSchedule = () =>
  z.string().refine(isValidCron, {
    error: 'must be a five-field cron expression such as "0 2 * * *" or a macro such as @daily',
  });

function isValidCron(expression: string): boolean {
  const macros = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
  if (macros.includes(expression)) return true;
  if (expression.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(expression, { strict: false });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `Etc/UTC` or `Europe/Berlin`. */
export const timeZone = () =>
  z.string().refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return tz.includes('/') || tz === 'UTC';
      } catch {
        return false;
      }
    },
    { error: 'must be an IANA time zone name such as Etc/UTC or Europe/Berlin' },
  );

export const email = () => z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: 'must be an e-mail address' });

export const nonNegativeInt = () => z.number().int({ error: 'must be a whole number' }).min(0, { error: 'must be >= 0' });

export const positiveInt = () => z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be >= 1' });
