// Runs TypeScript with esbuild's transpiler: no type-check on the synth path
// (`npm run typecheck` does that). Used by `npm run synth`, cdk8s.yaml and jest.
// Transpiled output is cached by content hash under node_modules/.cache/, so a synth
// after the first one does not re-transpile the megabytes of generated CRD classes.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const CACHE_DIR = path.join(__dirname, '..', 'node_modules', '.cache', 'llm-stack-ts');

function transpile(source, filename) {
  return esbuild.transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    // Generated CRD modules are megabytes; maps for them would only slow loading.
    sourcemap: filename.includes(`${path.sep}imports${path.sep}`) ? false : 'inline',
  }).code;
}

function cachedTranspile(source, filename) {
  const key = crypto.createHash('sha1').update(esbuild.version).update(filename).update(source).digest('hex');
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    const code = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, file);
    } catch {
      // a read-only checkout still works, only slower
    }
    return code;
  }
}

// As a `node -r` preload (synth; no main module is loaded yet), not as jest's transformer:
// cache V8's compiled code of every module too (node 20 has no built-in compile cache).
if (!require.main && !require.extensions['.ts']) {
  process.env.V8_COMPILE_CACHE_CACHE_DIR ??= path.join(__dirname, '..', 'node_modules', '.cache', 'v8-compile-cache');
  require('v8-compile-cache');
  require.extensions['.ts'] = (module, filename) => {
    module._compile(cachedTranspile(fs.readFileSync(filename, 'utf8'), filename), filename);
  };
}

// jest transformer interface (jest keeps its own cache)
module.exports = { process: (source, filename) => ({ code: transpile(source, filename) }) };
