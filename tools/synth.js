#!/usr/bin/env node
// Runs main.ts for `npm run synth` and `cdk8s synth` (cdk8s.yaml), fast and without a
// type-check, through the cached esbuild bundle of tools/bundle.js
// (node_modules/.cache/llm-stack-synth/).
const fs = require('fs');
const path = require('path');
const { loadBundle, ROOT } = require('./bundle');

/**
 * Under `npx cdk8s synth` (cdk8s.yaml runs `node tools/synth.js --cdk8s-cli`): the CLI
 * deletes its output folder before it starts the app and discards the app's stdout. So
 * its output folder is a scratch name (cdk8s.yaml `output`); this renders dist/ as
 * `npm run synth` does (staged, swapped in only on success), prints the summary on
 * stderr, and on success points the CLI's folder at dist/ (a symbolic link) for the
 * CLI to list.
 */
function underCdk8sCli() {
  const at = process.argv.indexOf('--cdk8s-cli');
  if (at < 0) return;
  process.argv.splice(at, 1);
  const dist = path.join(process.env.LLM_STACK_ROOT || ROOT, 'dist');
  const cliOut = process.env.CDK8S_OUTDIR ? path.resolve(process.env.CDK8S_OUTDIR) : undefined;
  process.env.CDK8S_OUTDIR = dist;
  process.stdout.write = process.stderr.write.bind(process.stderr);
  process.on('exit', (code) => {
    if (code !== 0 || !cliOut || cliOut === dist) return;
    fs.rmSync(cliOut, { recursive: true, force: true });
    fs.symlinkSync(dist, cliOut);
  });
}

underCdk8sCli();
loadBundle('main.ts', 'llm-stack-synth');
