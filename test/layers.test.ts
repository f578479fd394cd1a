import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './support/synth';

// The arrows of the source tree: main.ts -> charts/ -> lib/ -> config/, imports/, scripts/.
// A lower layer never imports a higher one: lib/ knows nothing of the charts, config/ nothing
// of lib/ or the charts (it is what every layer reads).

const MAY_IMPORT: Record<string, string[]> = {
  lib: ['lib', 'config', 'imports', 'scripts'],
  config: ['config'],
  scripts: ['scripts', 'config'],
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative module a file imports or requires, as the repository folder it lands in (or `main.ts`). */
function importedLayers(file: string, text = fs.readFileSync(file, 'utf8')): { specifier: string; layer: string }[] {
  const specifiers = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((specifier) => {
    const target = path.relative(REPO_ROOT, path.resolve(path.dirname(file), specifier));
    return { specifier, layer: target.split(path.sep)[0] };
  });
}

describe.each(Object.keys(MAY_IMPORT))('%s/', (layer) => {
  const files = sources(path.join(REPO_ROOT, layer));

  test('has sources', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test(`imports only from ${MAY_IMPORT[layer].join(', ')}`, () => {
    const wrong = files.flatMap((f) =>
      importedLayers(f)
        .filter((i) => !MAY_IMPORT[layer].includes(i.layer))
        .map((i) => `${path.relative(REPO_ROOT, f)} imports '${i.specifier}' (${i.layer})`),
    );
    expect(wrong).toEqual([]);
  });
});

test('the scan sees an import that goes the wrong way', () => {
  const text = "import { APP_NAME } from '../charts/app';\nconst { x } = require('../main');\nimport { y } from './labels';\n";
  expect(importedLayers(path.join(REPO_ROOT, 'lib', 'example.ts'), text).map((i) => i.layer)).toEqual(['charts', 'main', 'lib']);
});
