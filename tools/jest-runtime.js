// jest's module runtime: jest-runtime 29.7.0, except that a jest worker loads each module of
// the project and of node_modules once, not once per test file. Test files themselves (and
// jest's own modules) stay per file.
//
// Why (issue 14, profiled): every test file loaded zod and built the config schema (0.25 s),
// loaded cdk8s, cdk8s-plus-27 and the charts (0.26 s), parsed config/ and rendered the
// environments again (0.35 s for the five). Over 36 files that was about a third of npm test's
// CPU. Shared, the per-config caches (test/support/synth.ts renders each config object once,
// frozen) now hold across the files of a worker: 40 s of CPU instead of 56 s, measured.
//
// What this relies on, and what keeps it sound:
// * The files of a worker share one vm context (tools/jest-environment.js). cdk8s tells a plain
//   object by `value.constructor === Object` (cdk8s 2.70 lib/resolve.js), so a module loaded in
//   one file's built-ins would not recognise another file's object literals.
// * The project's modules hold no state but caches of pure functions of frozen input:
//   test/support/synth.ts deep-freezes CONFIG and every rendered object, and the transform
//   emits strict-mode code, so a test that wrote into them would throw instead of leaking
//   into the next file.
// * No test uses jest.mock, jest.resetModules or jest.isolateModules: a module mock would
//   need per-file modules. Run with LLM_STACK_JEST_ISOLATE=1 for stock jest isolation, e.g.
//   to rule out an order dependence (test/jest-runtime.test.ts runs both modes).
// * A shared module keeps the require function of the file that loaded it; a later, lazy
//   require through it (charts/edge/index.ts loads an edge on first use) goes to the runtime
//   of the file now running, since the first one is torn down.
// * Stack traces of a later file map through shared modules' source maps too.
const Runtime = require('jest-runtime').default;

const ISOLATE = process.env.LLM_STACK_JEST_ISOLATE === '1';
const JEST_OWN = /\/node_modules\/(jest-[^/]+|@jest\/[^/]+|expect|pretty-format)\//;

/** Module path -> jest's module record (its `exports` read on every require), for the whole worker. */
const modules = new Map();
/** File -> source map path, for the whole worker (jest clears each runtime's own at teardown). */
const sourceMaps = new Map();
/** The runtime of the test file now running. */
let current;

const shareable = (file) => !/\.test\.[jt]s$/.test(file) && !JEST_OWN.test(file);

class SharingRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    current = this;
    for (const [file, map] of sourceMaps) this._sourceMapRegistry.set(file, map);
  }

  requireModuleOrMock(from, moduleName) {
    if (ISOLATE) return super.requireModuleOrMock(from, moduleName);
    if (this !== current) return current.requireModuleOrMock(from, moduleName);
    if (!moduleName || this._resolver.isCoreModule(moduleName)) return super.requireModuleOrMock(from, moduleName);
    let file;
    try {
      file = this._resolveCjsModule(from, moduleName);
    } catch {
      return super.requireModuleOrMock(from, moduleName); // jest reports the failed resolution
    }
    if (!shareable(file)) return super.requireModuleOrMock(from, moduleName);
    const known = modules.get(file);
    if (known) return known.exports;
    const exports = super.requireModuleOrMock(from, moduleName);
    // Only a module that finished loading: a circular require sees a partial one.
    const record = this._moduleRegistry.get(file);
    if (record?.loaded) modules.set(file, record);
    return exports;
  }

  teardown() {
    for (const [file, map] of this._sourceMapRegistry) sourceMaps.set(file, map);
    return super.teardown();
  }
}

module.exports = SharingRuntime;
