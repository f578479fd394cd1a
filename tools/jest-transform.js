// jest's TypeScript transform: esbuild's transpiler (type-checking is tsc's job in
// `npm test`, which runs it beside jest). jest caches the output itself.
const esbuild = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'external',
    });
    return { code, map: map || undefined };
  },
};
