import * as fs from 'fs';
import * as path from 'path';

// How synth writes its output: everything is rendered into a staging folder beside the
// output folder and swapped in only when the whole render succeeded, so a failing synth
// leaves dist/ and docs/ exactly as they were. The summary compares old and new.

/** Every file below `dir`, as paths relative to it, sorted; none when it does not exist. */
export function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** What a folder of the new output changes against the old one. */
export interface FolderChange {
  readonly files: number;
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
}

/** Compares `before` (may be missing) with `after`, file by file. */
export function compareFolders(before: string, after: string): FolderChange {
  const old = new Set(listFiles(before));
  const now = listFiles(after);
  const added = now.filter((f) => !old.has(f)).length;
  const changed = now.filter((f) => old.has(f) && !fs.readFileSync(path.join(before, f)).equals(fs.readFileSync(path.join(after, f)))).length;
  const removed = [...old].filter((f) => !now.includes(f)).length;
  return { files: now.length, changed, added, removed };
}

/** `3 changed, 1 new` or `unchanged`. */
export function describeChange(c: Omit<FolderChange, 'files'>): string {
  const parts = [c.changed && `${c.changed} changed`, c.added && `${c.added} new`, c.removed && `${c.removed} removed`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'unchanged';
}

/**
 * A staging folder beside `target` (same file system, so the swap is a rename). `render`
 * fills it; `commit` puts it in place of `target`; `discard` removes it.
 */
export class StagedFolder {
  readonly dir: string;
  private readonly target: string;

  constructor(target: string) {
    this.target = path.resolve(target);
    fs.mkdirSync(path.dirname(this.target), { recursive: true });
    this.dir = fs.mkdtempSync(path.join(path.dirname(this.target), `.${path.basename(this.target)}.synth-`));
  }

  /** Replaces the target folder by the staged one: two renames, then the old copy is removed. */
  commit(): void {
    const old = `${this.dir}.old`;
    const hadTarget = fs.existsSync(this.target);
    if (hadTarget) fs.renameSync(this.target, old);
    fs.renameSync(this.dir, this.target);
    if (hadTarget) fs.rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Files written beside their targets first, then renamed over them all at once. */
export class StagedFiles {
  private readonly staged: { readonly tmp: string; readonly target: string }[] = [];

  /** Writes `text` next to `target`; throws (leaving `target` alone) when it cannot. */
  write(target: string, text: string): void {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.synth-${process.pid}`);
    this.staged.push({ tmp, target });
    fs.writeFileSync(tmp, text);
    if (fs.existsSync(target) && !fs.statSync(target).isFile()) throw new Error(`${target} is not a file`);
  }

  commit(): void {
    for (const { tmp, target } of this.staged) fs.renameSync(tmp, target);
    this.staged.length = 0;
  }

  discard(): void {
    for (const { tmp } of this.staged) fs.rmSync(tmp, { force: true });
    this.staged.length = 0;
  }
}
