// Test order for jest (package.json "testSequencer"). jest's default runs failed suites
// first, then by the duration it remembers, and on a cold run (no remembered durations:
// a fresh clone, CI, `jest --clearCache`) by file size. File size says little here: the
// slowest suites are short files that start real programs (PostgreSQL, bash scripts,
// promtool, Chroma). Started last, one of them alone decides the run's end while the other
// workers idle (a cold run measured 10 s with only the pod runner's smoke suite left). So on
// a cold run, suites that start outside programs go first: PostgreSQL's, then the pod
// runner's, scripts, promtool, Chroma and node child processes (synth, the cnpg tools, jest).
// (The pod runner's smoke suite is not in the first tier: started beside the type-check and
// the other worker's first module loads, its probes at 1/20 time scale fire more often
// before the pod is ready, and it took 15.7 s instead of 9.8 s, measured.)
const fs = require('fs');
const Sequencer = require('@jest/test-sequencer').default;

/** How much a suite's file says it runs: a PostgreSQL server, then pods, scripts, promtool, Chroma or node. */
const TIERS = [/startPostgres\(/, /new PodNode\(|runContainer\(|startContainer\(|promtool|[Cc]hroma\b.*\brun\b|spawnSync\('bash'|process\.execPath/];

class ProgramsFirstSequencer extends Sequencer {
  sort(tests) {
    const weight = (test) => {
      const text = fs.readFileSync(test.path, 'utf8');
      const tier = TIERS.findIndex((re) => re.test(text));
      return (tier < 0 ? 0 : (TIERS.length - tier) * 1e9) + text.length;
    };
    const known = tests.every((t) => this._getCache(t)[t.path]?.[1] != null);
    if (known) return super.sort(tests);
    const weights = new Map(tests.map((t) => [t, weight(t)]));
    const failed = (t) => (this.hasFailed(t) ? 1 : 0);
    return [...tests].sort((a, b) => failed(b) - failed(a) || weights.get(b) - weights.get(a));
  }
}

module.exports = ProgramsFirstSequencer;
