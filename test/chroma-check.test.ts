import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { describeWithTool, which } from './support/tools';

// test/support/chroma-check.py, the checker of restored Chroma servers (npm run test:chroma):
// a server that drops the connection on a read (as a corrupt restore did in CI) makes the
// collection unreadable; it does not crash the checker. A record whose embedding is that of
// another version of it (a torn read) is counted wrong and named with that version.

const CHECKER = path.join(__dirname, 'support', 'chroma-check.py');

describeWithTool('python3', which('python3'), 'chroma-check.py', () => {
  let server: http.Server;
  let url: string;
  let dir: string;
  /** When set, the server holds r1 with document v2 and this embedding. */
  let torn: number[] | undefined;
  const check = () =>
    new Promise<any>((resolve, reject) => {
      // Async: the server above answers from this process's event loop.
      execFile('python3', [CHECKER, url, path.join(dir, 'writes.jsonl'), '1', '4', '10', '11'], { encoding: 'utf8', timeout: 30_000 }, (e, stdout) => (e ? reject(e) : resolve(JSON.parse(stdout))));
    });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url!.endsWith('/collections')) res.end(JSON.stringify([{ name: 'docs', id: 'c1' }]));
      else if (!torn) req.socket.destroy(); // count(), get(): the connection closed without a response
      else if (req.url!.endsWith('/count')) res.end('1');
      else if (req.url!.endsWith('/get')) res.end(JSON.stringify({ ids: ['r1'], embeddings: [torn], documents: ['doc r1 v2'] }));
      else res.end(JSON.stringify({ ids: [['r1']] })); // query
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-chroma-check-'));
    const writes = [
      { op: 'add', c: 'docs', ids: ['r1'], v: 1, t0: 1, t1: 2 },
      { op: 'upsert', c: 'docs', ids: ['r1'], v: 2, t0: 3, t1: 4 },
    ];
    fs.writeFileSync(path.join(dir, 'writes.jsonl'), writes.map((w) => `${JSON.stringify(w)}\n`).join(''));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a dropped connection makes the collection unreadable', async () => {
    const result = await check();
    expect(result.unreadable).toEqual([expect.stringMatching(/^docs: RemoteDisconnected: /)]);
    expect(result.lost).toBe(0);
  });

  test('a document with the embedding of an older version of its record is wrong, and the example names that version', async () => {
    // the embedding the writer gives version 1 of r1 (seed 1, 4 dimensions), from the shared module
    const code = 'import json, sys; sys.path.insert(0, sys.argv[1]); import chroma_http; print(json.dumps(chroma_http.embedding(1, 4, "r1", 1)))';
    torn = JSON.parse(execFileSync('python3', ['-c', code, path.dirname(CHECKER)], { encoding: 'utf8' }));
    try {
      const result = await check();
      expect({ wrong: result.wrong, lost: result.lost, phantom: result.phantom, unreadable: result.unreadable }).toEqual({ wrong: 1, lost: 0, phantom: 0, unreadable: [] });
      expect(result.examples).toEqual(['docs/r1: document says v2, the embedding is that of v1']);
    } finally {
      torn = undefined;
    }
  });
});
