import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './support/jobs';
import { environmentWith, kinds, objectsOf, REPO_ROOT } from './support/synth';
import { describeWithTool, which } from './support/tools';

// shellcheck over every script: the files in scripts/ and the texts the ConfigMaps carry
// (export, snapshot and unsafe-live-archive mode), each checked where its sourced library sits beside it.

function scriptsIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return scriptsIn(p);
    return e.name.endsWith('.sh') ? [p] : [];
  });
}

function shellcheck(cwd: string, files: string[]) {
  return spawnSync('shellcheck', ['--external-sources', '--severity=style', ...files], { cwd, encoding: 'utf8' });
}

describeWithTool('shellcheck', which('shellcheck'), 'shellcheck', () => {
  const repoScripts = scriptsIn(path.join(REPO_ROOT, 'scripts'));

  test('the repository has the backup scripts', () => {
    expect(repoScripts.map((f) => path.relative(REPO_ROOT, f)).sort()).toEqual(
      expect.arrayContaining([
        'scripts/backup/backup-lib.sh',
        'scripts/backup/postgres-backup.sh',
        'scripts/backup/postgres-restore.sh',
        'scripts/backup/postgres-restore-verify.sh',
        'scripts/backup/chroma-backup.sh',
        'scripts/backup/chroma-restore.sh',
        'scripts/backup/chroma-export.sh',
        'scripts/backup/chroma-import.sh',
        'scripts/backup/chroma-restore-verify.sh',
        'scripts/backup/chroma-snapshot.sh',
        'scripts/backup/chroma-snapshot-restore.sh',
        'scripts/backup/offsite-upload.sh',
        'scripts/postgres/init-app-user.sh',
      ]),
    );
  });

  // What runs in the cluster is the text the ConfigMaps carry, so that is what is checked:
  // the union over the three Chroma backup modes, in one shellcheck run (about a second of CPU
  // per script), each script beside the library it sources.
  const configMapScripts = new Map<string, string>();
  const modes = ['export', 'snapshot', 'unsafe-live-archive'].map((mode) => objectsOf(environmentWith('prod', { backup: { chroma: { mode } } })));
  for (const objects of modes) {
    for (const cm of kinds(objects, 'ConfigMap')) {
      for (const [key, text] of Object.entries<string>(cm.data ?? {})) if (key.endsWith('.sh')) configMapScripts.set(key, text);
    }
  }

  test('every script in scripts/ is carried by a ConfigMap, with the same text', () => {
    const missing = repoScripts.filter((f) => configMapScripts.get(path.basename(f)) !== fs.readFileSync(f, 'utf8'));
    expect(missing.map((f) => path.relative(REPO_ROOT, f))).toEqual([]);
  });

  test('every script the ConfigMaps carry passes shellcheck', () => {
    const dir = tempDir('shellcheck');
    try {
      for (const [name, text] of configMapScripts) fs.writeFileSync(path.join(dir, name), text);
      const r = shellcheck(dir, [...configMapScripts.keys()]);
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('shellcheck does report a faulty script (the check can fail)', () => {
    const dir = tempDir('shellcheck');
    try {
      fs.writeFileSync(path.join(dir, 'bad.sh'), '#!/usr/bin/env bash\nrm -rf $1/*\n');
      const r = shellcheck(dir, ['bad.sh']);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toContain('SC2086');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
