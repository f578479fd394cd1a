import { z } from 'zod';
import { parseQuantity } from './quantity';

// What must fit in the postgresql container's memory limit. Everything below is charged to
// the container's memory cgroup: shared_buffers (anonymous shared memory), the tmpfs pages of
// /dev/shm (a memory-backed emptyDir is charged to the cgroup of the process that touches
// it) and each backend's private memory.

/**
 * Private memory of one idle backend, rounded up: 1.4 MB measured on PostgreSQL 15 here
 * (smaps_rollup Private_* of 20 backends after a catalog query, 1356-1528 kB). Sorts and
 * hashes take work_mem on top, which no static check can bound.
 */
export const BACKEND_MEMORY_BYTES = 2 * 2 ** 20;

const PG_UNITS: Record<string, number> = { kB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30 };

/** Bytes of a PostgreSQL size such as `256MB` (PostgreSQL's units are powers of 1024). */
export function postgresSizeBytes(size: string): number | undefined {
  const m = /^(\d+)(kB|MB|GB)$/.exec(size);
  return m ? Number(m[1]) * PG_UNITS[m[2]] : undefined;
}

function quantityBytes(q: string): number | undefined {
  const f = parseQuantity(q);
  return f ? Number(f.num) / Number(f.den) : undefined;
}

const mi = (bytes: number) => `${+(bytes / 2 ** 20).toFixed(1)}Mi`;

interface PostgresMemory {
  readonly sharedBuffers: string;
  readonly shmSizeLimit: string;
  readonly maxConnections: number;
  readonly resources: { readonly limits: { readonly memory: string } };
}

/** shared_buffers + /dev/shm + a backend per connection must fit in the memory limit. */
export function checkPostgresMemory(pg: PostgresMemory, ctx: z.RefinementCtx): void {
  const buffers = postgresSizeBytes(pg.sharedBuffers);
  const shm = quantityBytes(pg.shmSizeLimit);
  const limit = quantityBytes(pg.resources.limits.memory);
  if (buffers === undefined || shm === undefined || limit === undefined) return; // the field checks report these
  const backends = pg.maxConnections * BACKEND_MEMORY_BYTES;
  const needed = buffers + shm + backends;
  if (needed > limit) {
    ctx.addIssue({
      code: 'custom',
      path: ['shmSizeLimit'],
      message:
        `shared_buffers ${pg.sharedBuffers} + /dev/shm ${pg.shmSizeLimit} + ${pg.maxConnections} connections x 2Mi = ${mi(needed)} ` +
        `must fit in postgres.resources.limits.memory (${pg.resources.limits.memory})`,
    });
  }
}
