// jest's TypeScript transform: esbuild's transpiler (type-checking is tsc's job in
// `npm test`, which runs it beside jest). jest caches the output itself, keyed by the source,
// this file and esbuild's version. The output is strict-mode code, as tsc emits for a module:
// the frozen config and renders that test files share (tools/jest-runtime.js) throw on a write.
const crypto = require('crypto');
const fs = require('fs');
const esbuild = require('esbuild');

const SELF = crypto.createHash('sha1').update(fs.readFileSync(__filename)).update(esbuild.version).digest('hex');

module.exports = {
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'external',
      banner: '"use strict";',
    });
    return { code, map: map || undefined };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(SELF).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
};
