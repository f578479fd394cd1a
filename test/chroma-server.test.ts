import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { chromaAvailable, freePort, localConfig, startChroma, stopAllChroma } from './support/chroma';
import { tempDir } from './support/jobs';
import { environment, find, objectsOf } from './support/synth';
import { describeWithTool } from './support/tools';

// The rendered Chroma StatefulSet's settings, read by a real Chroma server: the config file
// from its ConfigMap, run as the image runs it (`chroma run /config.yaml`). The backups
// against a real server are test/e2e/backup-chroma-export.test.ts and test/chroma-real/.

const objects = objectsOf(environment('prod'));

describeWithTool('npm chromadb (chroma run)', chromaAvailable(), 'Chroma server from the rendered StatefulSet and config file', () => {
  afterAll(async () => {
    await stopAllChroma();
  });

  test('the StatefulSet runs the image command on the rendered config file, with 1.x probe routes', async () => {
    const sts = find(objects, 'StatefulSet', 'chroma');
    const c = sts.spec.template.spec.containers[0];
    expect(c.image).toBe('chromadb/chroma:1.5.9');
    expect(c.args).toEqual(['run', '/config.yaml']);
    expect(c.env ?? []).toEqual([]); // no ALLOW_RESET / ANONYMIZED_TELEMETRY: 1.x reads neither
    expect(c.volumeMounts).toContainEqual({ name: 'config', mountPath: '/config.yaml', subPath: 'config.yaml', readOnly: true });
    expect([c.startupProbe, c.readinessProbe, c.livenessProbe].map((p: any) => p.httpGet.path)).toEqual(['/api/v2/healthcheck', '/api/v2/healthcheck', '/api/v2/heartbeat']);
    expect(parse(find(objects, 'ConfigMap', 'chroma-config').data['config.yaml'])).toEqual({ persist_path: '/data', listen_address: '0.0.0.0', port: 8000, allow_reset: false });

    const dataDir = tempDir('chroma-data');
    const port = await freePort();
    const server = await startChroma(localConfig(objects, 'chroma-config', 'config.yaml', dataDir, port), dataDir, port);
    try {
      // The server took the rendered settings: it stores under persist_path and refuses a reset.
      expect(server.log()).toContain(`Saving data to: ${server.dataDir}`);
      expect(fs.existsSync(path.join(server.dataDir, 'chroma.sqlite3'))).toBe(true);
      expect((await fetch(`${server.url}/api/v2/reset`, { method: 'POST' })).status).not.toBe(200);
      expect((await fetch(`${server.url}/api/v2/heartbeat`)).status).toBe(200);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

});

