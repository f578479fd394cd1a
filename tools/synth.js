#!/usr/bin/env node
// Runs main.ts for `npm run synth` and `cdk8s synth` (cdk8s.yaml), fast and without a
// type-check (`npm test` type-checks). esbuild bundles main.ts and everything it imports
// into one file under node_modules/.cache/llm-stack-synth/, rebuilt only when one of its
// input files changed; V8's compiled code of it is cached too. A synth after an edit costs
// the bundling (about half a second); one after that loads a single, tree-shaken file.
// For TypeScript positions in a stack trace, run with NODE_OPTIONS=--enable-source-maps.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'llm-stack-synth');
const BUNDLE = path.join(CACHE, 'main.js');
const MANIFEST = path.join(CACHE, 'inputs.json');

/** Every input file of the last build, with the size and mtime it had. */
function fingerprint(files) {
  return Object.fromEntries(
    files.map((f) => {
      try {
        const s = fs.statSync(path.join(ROOT, f));
        return [f, `${s.size}:${s.mtimeMs}`];
      } catch {
        return [f, 'missing'];
      }
    }),
  );
}

function upToDate() {
  try {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
    const now = fingerprint(Object.keys(manifest.inputs));
    return manifest.esbuild === require('esbuild/package.json').version && Object.entries(manifest.inputs).every(([f, v]) => now[f] === v);
  } catch {
    return false;
  }
}

/** Writes a file whole or not at all: another synth may be reading the cache right now. */
function writeAtomically(file, contents) {
  fs.writeFileSync(`${file}.${process.pid}`, contents);
  fs.renameSync(`${file}.${process.pid}`, file);
}

function build() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'main.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A map file beside the bundle: node reads it only under --enable-source-maps.
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'error',
    outfile: BUNDLE,
  });
  // The map first, then the bundle, then the manifest that declares the bundle current.
  for (const out of [...result.outputFiles].sort((a) => (a.path.endsWith('.map') ? -1 : 1))) writeAtomically(out.path, out.contents);
  const inputs = Object.keys(result.metafile.inputs);
  writeAtomically(MANIFEST, JSON.stringify({ esbuild: esbuild.version, inputs: fingerprint(inputs) }));
}

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
fs.mkdirSync(CACHE, { recursive: true });
if (!upToDate()) build();
process.env.V8_COMPILE_CACHE_CACHE_DIR ??= path.join(ROOT, 'node_modules', '.cache', 'v8-compile-cache');
require('v8-compile-cache');
// The bundle's __dirname is the cache folder: main.ts finds the repository (config/,
// scripts/, docs/, package.json) through this. Tests point it at a copy.
process.env.LLM_STACK_ROOT ??= ROOT;
require(BUNDLE);
