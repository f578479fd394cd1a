import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { describeWithTool, which } from './support/tools';

// test/support/chroma-check.py, the checker of restored Chroma servers (npm run test:chroma):
// a server that drops the connection on a read (as a corrupt restore did in CI) makes the
// collection unreadable; it does not crash the checker.

const CHECKER = path.join(__dirname, 'support', 'chroma-check.py');

describeWithTool('python3', which('python3'), 'chroma-check.py', () => {
  let server: http.Server;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url!.endsWith('/collections')) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify([{ name: 'docs', id: 'c1' }]));
      } else req.socket.destroy(); // count(), get(): the connection closed without a response
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-chroma-check-'));
    fs.writeFileSync(path.join(dir, 'writes.jsonl'), `${JSON.stringify({ op: 'add', c: 'docs', ids: ['r1'], v: 1, t0: 1, t1: 2 })}\n`);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a dropped connection makes the collection unreadable', async () => {
    const out = await new Promise<string>((resolve, reject) => {
      // Async: the server above answers from this process's event loop.
      execFile('python3', [CHECKER, url, path.join(dir, 'writes.jsonl'), '1', '4', '10', '11'], { encoding: 'utf8', timeout: 30_000 }, (e, stdout) => (e ? reject(e) : resolve(stdout)));
    });
    const result = JSON.parse(out);
    expect(result.unreadable).toEqual([expect.stringMatching(/^docs: RemoteDisconnected: /)]);
    expect(result.lost).toBe(0);
  });
});
