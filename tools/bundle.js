// Loads a TypeScript entry point fast and without a type-check (`npm test` type-checks):
// esbuild bundles it and everything it imports into one file under
// node_modules/.cache/<name>/, rebuilt only when one of its input files changed; V8's
// compiled code of it is cached too. A run after an edit costs the bundling (about half a
// second); one after that loads a single, tree-shaken file. Used by tools/synth.js
// (main.ts) and tools/cnpg.js (tools/cnpg.ts). For TypeScript positions in a stack trace,
// run with NODE_OPTIONS=--enable-source-maps.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

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

function upToDate(manifestFile) {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const now = fingerprint(Object.keys(manifest.inputs));
    return manifest.esbuild === require('esbuild/package.json').version && Object.entries(manifest.inputs).every(([f, v]) => now[f] === v);
  } catch {
    return false;
  }
}

/** Writes a file whole or not at all: another run may be reading the cache right now. */
function writeAtomically(file, contents) {
  fs.writeFileSync(`${file}.${process.pid}`, contents);
  fs.renameSync(`${file}.${process.pid}`, file);
}

function build(entry, bundle, manifestFile) {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, entry)],
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
    outfile: bundle,
  });
  // The map first, then the bundle, then the manifest that declares the bundle current.
  for (const out of [...result.outputFiles].sort((a) => (a.path.endsWith('.map') ? -1 : 1))) writeAtomically(out.path, out.contents);
  const inputs = Object.keys(result.metafile.inputs);
  writeAtomically(manifestFile, JSON.stringify({ esbuild: esbuild.version, inputs: fingerprint(inputs) }));
}

/**
 * `entry` (relative to the repository) bundled into node_modules/.cache/`name`/ and
 * required: its exports. The bundle's __dirname is the cache folder, so the code finds the
 * repository through LLM_STACK_ROOT (tests point it at a copy).
 */
function loadBundle(entry, name) {
  const cache = path.join(ROOT, 'node_modules', '.cache', name);
  const bundle = path.join(cache, `${path.basename(entry, '.ts')}.js`);
  const manifest = path.join(cache, 'inputs.json');
  fs.mkdirSync(cache, { recursive: true });
  if (!upToDate(manifest)) build(entry, bundle, manifest);
  process.env.V8_COMPILE_CACHE_CACHE_DIR ??= path.join(ROOT, 'node_modules', '.cache', 'v8-compile-cache');
  require('v8-compile-cache');
  process.env.LLM_STACK_ROOT ??= ROOT;
  return require(bundle);
}

module.exports = { loadBundle, ROOT };
