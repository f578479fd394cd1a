import * as fs from 'fs';
import * as path from 'path';

// Snapshots kept as plain files, one per name (an environment, the cluster objects), so
// that adding or removing an environment touches only its own file and a reviewer reads
// a YAML diff. They follow jest's --ci rules: a missing snapshot fails, and only
// `npm run test:update` (jest -u) writes or removes one.

export const UPDATE_COMMAND = 'npm run test:update';

/** True under `jest -u` (npm run test:update): snapshots are written and obsolete ones removed. */
export function updatingSnapshots(): boolean {
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string } | undefined;
  return state?._updateSnapshot === 'all';
}

export class FileSnapshots {
  /**
   * @param dir folder of the snapshot files
   * @param extension file name suffix, e.g. `.yaml`
   * @param update write and remove files instead of failing (default: under jest -u)
   */
  constructor(
    readonly dir: string,
    private readonly extension: string,
    private readonly update: () => boolean = updatingSnapshots,
  ) {}

  fileOf(name: string): string {
    return path.join(this.dir, `${name}${this.extension}`);
  }

  /** Compares `text` with the stored snapshot `name`: fails when missing or different, unless updating. */
  check(name: string, text: string): void {
    const file = this.fileOf(name);
    const shown = path.relative(process.cwd(), file);
    if (this.update()) {
      fs.mkdirSync(this.dir, { recursive: true });
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
      return;
    }
    if (!fs.existsSync(file)) throw new Error(`no snapshot ${shown}: review the output, then run \`${UPDATE_COMMAND}\` to write it`);
    const stored = fs.readFileSync(file, 'utf8');
    if (stored !== text) {
      process.stderr.write(`snapshot ${shown} differs: if the change is intended, run \`${UPDATE_COMMAND}\`\n`);
      expect(text).toBe(stored);
    }
  }

  /** Fails on snapshot files of names not in `current` (removes them when updating). */
  checkObsolete(current: readonly string[]): void {
    const stale = (fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : [])
      .filter((f) => f.endsWith(this.extension) && !current.includes(f.slice(0, -this.extension.length)))
      .map((f) => path.join(this.dir, f));
    if (this.update()) {
      for (const f of stale) fs.rmSync(f);
      return;
    }
    if (stale.length) {
      const files = stale.map((f) => path.relative(process.cwd(), f)).join(' ');
      throw new Error(`obsolete snapshots (no such environment any more): ${files}; remove them with \`${UPDATE_COMMAND}\` or \`rm ${files}\``);
    }
  }
}
