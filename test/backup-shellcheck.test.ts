import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './support/jobs';
import { environmentWith, K8sObject, kinds, objectsOf, REPO_ROOT } from './support/synth';
import { describeWithTool, which } from './support/tools';

// shellcheck over every script: the files in scripts/ and the texts the ConfigMaps carry
// (archive and snapshot mode), each checked where its sourced library sits beside it.

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
        'scripts/backup/chroma-snapshot.sh',
        'scripts/backup/chroma-snapshot-restore.sh',
        'scripts/backup/offsite-upload.sh',
        'scripts/postgres/init-app-user.sh',
      ]),
    );
  });

  test.each(repoScripts.map((f) => [path.relative(REPO_ROOT, f)]))('%s passes shellcheck', (rel) => {
    const r = shellcheck(path.dirname(path.join(REPO_ROOT, rel)), [path.basename(rel)]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const rendered = (objects: K8sObject[]) => kinds(objects, 'ConfigMap').filter((c) => Object.keys(c.data ?? {}).some((k) => k.endsWith('.sh')));
  test.each([
    ['archive mode', objectsOf(environmentWith('prod', {}))],
    ['snapshot mode', objectsOf(environmentWith('prod', { backup: { chroma: { mode: 'snapshot' } } }))],
  ])('every script the ConfigMaps carry passes shellcheck (%s)', (_mode, objects) => {
    const configMaps = rendered(objects as K8sObject[]);
    expect(configMaps.map((c) => c.metadata.name)).toEqual(expect.arrayContaining(['backup-scripts', 'postgresql-init']));
    for (const cm of configMaps) {
      const dir = tempDir('shellcheck');
      try {
        const files = Object.keys(cm.data).filter((k) => k.endsWith('.sh'));
        for (const f of Object.keys(cm.data)) fs.writeFileSync(path.join(dir, f), cm.data[f]);
        const r = shellcheck(dir, files);
        expect(`${cm.metadata.name}: ${r.stdout}${r.stderr}`).toBe(`${cm.metadata.name}: `);
        expect(r.status).toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
