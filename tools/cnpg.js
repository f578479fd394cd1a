#!/usr/bin/env node
// Runs tools/cnpg.ts for `npm run pitr` and `npm run cnpg-import` (first argument: pitr | import),
// without a type-check (`npm test` type-checks), as tools/synth.js runs main.ts: esbuild bundles
// it and what it imports into one file under node_modules/.cache/llm-stack-cnpg/. Offline.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'llm-stack-cnpg');
const BUNDLE = path.join(CACHE, `cnpg.${process.pid}.js`);

fs.mkdirSync(CACHE, { recursive: true });
require('esbuild').buildSync({
  entryPoints: [path.join(ROOT, 'tools', 'cnpg.ts')],
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
  outfile: BUNDLE,
});
let code;
try {
  code = require(BUNDLE).main(process.argv.slice(2), process.env.LLM_STACK_ROOT || ROOT);
} finally {
  fs.rmSync(BUNDLE, { force: true });
}
process.exitCode = code;
