#!/usr/bin/env node
// npm run bench: medians of the synth paths against a floor, and one cold test run.
// Targets (2-core machine): all-environment synth <= 1.0 s, `npx cdk8s synth` <= 2.0 s,
// cold `npm test` <= 30 s (median of 3 cold runs, with the CPU time they took), and one warm run.
// Usage: npm run bench [-- --runs N] [-- --test-runs N] [-- --skip-tests] [-- --skip-stack] [-- --stack-full]
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const runs = Math.max(5, option('--runs', 7));
const testRuns = Math.max(1, option('--test-runs', 3));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-bench-'));

function time(cmd, argv, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function bench(label, target, fn) {
  fn(); // warm the file cache
  const samples = Array.from({ length: runs }, fn);
  const m = median(samples);
  const verdict = target === undefined ? '' : m <= target ? `  OK (target <= ${target} s)` : `  OVER TARGET (<= ${target} s)`;
  console.log(`${label.padEnd(44)} median ${m.toFixed(3)} s  (min ${Math.min(...samples).toFixed(3)}, max ${Math.max(...samples).toFixed(3)}, n=${runs})${verdict}`);
  return m;
}

// The floor: a node process that only writes the same YAML files from memory.
function writeFloorScript() {
  const files = {};
  const walk = (dir, rel = '') => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = fs.readFileSync(path.join(dir, e.name), 'utf8');
    }
  };
  walk(path.join(root, 'dist'));
  const script = path.join(tmp, 'floor.js');
  fs.writeFileSync(
    script,
    `const fs=require('fs'),path=require('path');const out=process.argv[2];const files=${JSON.stringify(files)};` +
      `for(const [f,c] of Object.entries(files)){fs.mkdirSync(path.dirname(path.join(out,f)),{recursive:true});fs.writeFileSync(path.join(out,f),c);}`,
  );
  return script;
}

console.log(`llm-stack benchmark on ${os.cpus().length} cores, node ${process.version}`);
const floor = writeFloorScript();
bench('floor: node writes the same YAML', undefined, () => time(process.execPath, [floor, path.join(tmp, 'floor-out')]));
bench('npm run synth (all environments)', 1.0, () => time('npm', ['run', '--silent', 'synth'], { CDK8S_OUTDIR: path.join(tmp, 'synth') }));
bench('npx cdk8s synth --no-check-upgrade', 2.0, () => time('npx', ['--no-install', 'cdk8s', 'synth', '--output', path.join(tmp, 'cdk8s'), '--no-check-upgrade']));

/** Wall and CPU seconds (user + system, the command and all it waited for) of one shell command. */
function timeWithCpu(command) {
  const start = process.hrtime.bigint();
  // POSIX `times`: its second line is the CPU time of the shell's children.
  const r = spawnSync('sh', ['-c', `${command} >/dev/null 2>&1; status=$?; times; exit $status`], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const secs = (t) => t.split(/[ms]/).filter(Boolean).reduce((n, v, i, a) => n + Number(v) * (a.length === 2 && i === 0 ? 60 : 1), 0);
  const [user, sys] = r.stdout.trim().split('\n').pop().split(/\s+/).map(secs);
  return { wall, cpu: user + sys, status: r.status };
}

if (!args.includes('--skip-tests')) {
  // Cold, as in a fresh clone after `npm ci`: jest's cache cleared, and node_modules/.cache
  // removed (tsc's incremental state, the compiled schema validators, the parsed YAML, the
  // synth and cnpg bundles, V8's code cache). Warm: a second run right after, nothing cleared.
  const clearCaches = () => {
    execFileSync('npx', ['--no-install', 'jest', '--clearCache'], { cwd: root, stdio: 'ignore' });
    fs.rmSync(path.join(root, 'node_modules', '.cache'), { recursive: true, force: true });
  };
  const report = (label, samples, target) => {
    const m = median(samples.map((s) => s.wall));
    const failed = samples.filter((s) => s.status !== 0).length;
    const verdict = target === undefined ? '' : m <= target ? `  OK (target <= ${target} s)` : `  OVER TARGET (<= ${target} s)`;
    console.log(
      `${label.padEnd(44)} median ${m.toFixed(1)} s, CPU ${median(samples.map((s) => s.cpu)).toFixed(1)} s` +
        `  (${samples.map((s) => s.wall.toFixed(1)).join(', ')} s, n=${samples.length}${failed ? `, ${failed} failed` : ''})${verdict}`,
    );
  };
  const cold = Array.from({ length: testRuns }, () => {
    clearCaches();
    return timeWithCpu('npm test --silent');
  });
  report('cold npm test (all caches cleared)', cold, 30);
  report('warm npm test (right after a run)', [timeWithCpu('npm test --silent')]);
}
// The pod runner (issue 15): its smoke suite alone (part of npm test), and with
// --stack-full the full run (npm run test:stack). Both need root and the tools of
// tools/install-test-deps.sh; one run each.
if (!args.includes('--skip-stack')) {
  const smoke = timeWithCpu('npx --no-install jest test/stack-smoke.test.ts');
  console.log(`${'pod runner smoke (stack-smoke.test.ts)'.padEnd(44)} ${smoke.wall.toFixed(1)} s, CPU ${smoke.cpu.toFixed(1)} s  (one run${smoke.status ? ', FAILED' : ''})`);
  if (args.includes('--stack-full')) {
    const full = timeWithCpu('npm run --silent test:stack');
    console.log(`${'pod runner full run (npm run test:stack)'.padEnd(44)} ${full.wall.toFixed(1)} s, CPU ${full.cpu.toFixed(1)} s  (one run${full.status ? ', FAILED' : ''})`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
