#!/usr/bin/env node
// npm run bench: medians of the synth paths against a floor, and one cold test run.
// Targets (2-core machine): all-environment synth <= 1.0 s, `npx cdk8s synth` <= 2.0 s,
// cold `npm test` <= 30 s. Usage: npm run bench [-- --runs N] [-- --skip-tests]
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 7);
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
bench('npx cdk8s synth', 2.0, () => time('npx', ['--no-install', 'cdk8s', 'synth', '--output', path.join(tmp, 'cdk8s'), '--check-upgrade', 'false']));

if (!args.includes('--skip-tests')) {
  execFileSync('npx', ['--no-install', 'jest', '--clearCache'], { cwd: root, stdio: 'ignore' });
  const t = time('npm', ['test', '--silent']);
  console.log(`${'cold npm test (jest cache cleared)'.padEnd(44)} ${t.toFixed(1)} s  (one run)${t <= 30 ? '  OK (target <= 30 s)' : '  OVER TARGET (<= 30 s)'}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
