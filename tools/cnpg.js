#!/usr/bin/env node
// Runs tools/cnpg.ts for `npm run pitr` and `npm run cnpg-import` (first argument: pitr | import),
// without a type-check (`npm test` type-checks), as tools/synth.js runs main.ts: through the
// cached esbuild bundle of tools/bundle.js (node_modules/.cache/llm-stack-cnpg/). Offline.
const { loadBundle, ROOT } = require('./bundle');

process.exitCode = loadBundle('tools/cnpg.ts', 'llm-stack-cnpg').main(process.argv.slice(2), process.env.LLM_STACK_ROOT || ROOT);
