// Runs TypeScript with esbuild's transpiler: no type-check on the synth path
// (`npm run typecheck` does that). Used by `npm run synth`, cdk8s.yaml and jest.
const fs = require('fs');
const { transformSync } = require('esbuild');

function transpile(source, filename) {
  return transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    // Generated CRD modules are megabytes; maps for them would only slow loading.
    sourcemap: filename.includes('/imports/') ? false : 'inline',
  }).code;
}

if (require.main !== module && !require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
  };
}

// jest transformer interface
module.exports = { process: (source, filename) => ({ code: transpile(source, filename) }), transpile };
