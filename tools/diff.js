#!/usr/bin/env node
// npm run diff [-- <git ref>]: what changed in dist/ since the last commit (or since <ref>),
// grouped by folder (environment) and object (kind/namespace/name), field by field. For
// reviewing a configuration change before committing it. Offline: it reads the old
// files with git and the new ones from the working tree. The field comparison is
// microdiff's (https://github.com/AsyncBanana/microdiff, pinned in package.json); lists of
// named items (containers, env, ports, volumes) are compared by name, not by position.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const diff = require('microdiff').default;

/** The repository (tests point it at a scratch one). */
const ROOT = process.env.LLM_STACK_ROOT || path.resolve(__dirname, '..');
const DIST = 'dist';

/** `{ "<folder>/<file>": text }` of dist/ at a git ref, read in one `git cat-file --batch`. */
function filesAtRef(ref, cwd = ROOT) {
  const git = (args, input) => execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  let names;
  try {
    names = git(['ls-tree', '-r', '--name-only', `${ref}^{tree}`, '--', `${DIST}/`]).toString().split('\n').filter(Boolean);
  } catch (e) {
    throw new Error(`not a git ref here: ${ref} (${String(e.stderr || e.message).trim().split('\n')[0]})`);
  }
  if (names.length === 0) return {};
  const out = git(['cat-file', '--batch'], names.map((n) => `${ref}:${n}`).join('\n') + '\n');
  const files = {};
  let at = 0;
  for (const name of names) {
    const header = out.subarray(at, out.indexOf(10, at)).toString();
    const size = Number(header.split(' ')[2]);
    const start = out.indexOf(10, at) + 1;
    files[name.slice(DIST.length + 1)] = out.subarray(start, start + size).toString('utf8');
    at = start + size + 1;
  }
  return files;
}

/** `{ "<folder>/<file>": text }` of a dist/ folder on disk. */
function filesInDir(dir) {
  const files = {};
  const walk = (d, rel) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${rel}${e.name}/`);
      else files[`${rel}${e.name}`] = fs.readFileSync(path.join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

/** Objects by folder, then by `kind/namespace/name` (`kind/name` when cluster-scoped). */
function objectsByFolder(files) {
  const folders = new Map();
  for (const [file, text] of Object.entries(files)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
    if (!folders.has(folder)) folders.set(folder, new Map());
    for (const doc of YAML.parseAllDocuments(text)) {
      const obj = doc.toJS();
      if (!obj || typeof obj !== 'object') continue;
      const m = obj.metadata ?? {};
      folders.get(folder).set([obj.kind, m.namespace, m.name].filter(Boolean).join('/'), obj);
    }
  }
  return folders;
}

/** Lists whose items all have a distinct string `name` become maps keyed `name=<name>`. */
function byName(value) {
  if (Array.isArray(value)) {
    const named = value.length > 0 && value.every((v) => v && typeof v === 'object' && typeof v.name === 'string');
    if (named && new Set(value.map((v) => v.name)).size === value.length) {
      return Object.fromEntries(value.map((v) => [`name=${v.name}`, byName(v)]));
    }
    return value.map(byName);
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, byName(v)]));
  return value;
}

function fieldPath(parts) {
  return parts
    .map((p, i) => (typeof p === 'number' || String(p).startsWith('name=') ? `[${p}]` : /^[A-Za-z_][\w-]*$/.test(p) ? `${i ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`))
    .join('');
}

const show = (v) => (typeof v === 'string' && !v.includes('\n') ? JSON.stringify(v) : typeof v === 'string' ? '(text)' : JSON.stringify(v));

/** Lines of a text value that went away (-) and came (+), in order. */
function textChange(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((l) => !inB.has(l)).map((l) => `- ${l}`), ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}

/** The changes of one object, one line each (multi-line texts: their changed lines below). */
function fieldChanges(before, after) {
  const lines = [];
  for (const d of diff(byName(before), byName(after))) {
    const at = fieldPath(d.path);
    if (d.type === 'CREATE') lines.push(`${at}: added ${show(d.value)}`);
    else if (d.type === 'REMOVE') lines.push(`${at}: removed (was ${show(d.oldValue)})`);
    else if (typeof d.oldValue === 'string' && typeof d.value === 'string' && (d.oldValue.includes('\n') || d.value.includes('\n'))) {
      lines.push(`${at}: text changed`, ...textChange(d.oldValue, d.value).map((l) => `  ${l}`));
    } else lines.push(`${at}: ${show(d.oldValue)} -> ${show(d.value)}`);
  }
  return lines;
}

/**
 * The report: for every folder that changed, its added (+), removed (-) and changed (~)
 * objects with the changed fields; then a one-line total. Pure: takes both file sets.
 */
function report(oldFiles, newFiles, since) {
  const before = objectsByFolder(oldFiles);
  const after = objectsByFolder(newFiles);
  const folders = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out = [];
  const count = { added: 0, removed: 0, changed: 0, folders: 0 };
  for (const folder of folders) {
    const a = before.get(folder) ?? new Map();
    const b = after.get(folder) ?? new Map();
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    const lines = [];
    for (const key of keys) {
      if (!a.has(key)) (count.added++, lines.push(`  + ${key}`));
      else if (!b.has(key)) (count.removed++, lines.push(`  - ${key}`));
      else {
        const fields = fieldChanges(a.get(key), b.get(key));
        if (fields.length) (count.changed++, lines.push(`  ~ ${key}`, ...fields.map((f) => `      ${f}`)));
      }
    }
    if (!lines.length) continue;
    count.folders++;
    const what = !before.has(folder) ? ' (new folder)' : !after.has(folder) ? ' (folder removed)' : '';
    out.push(`${DIST}/${folder}/${what}`, ...lines);
  }
  if (!count.folders) return `no change to ${DIST}/ since ${since}\n`;
  out.push(`${count.folders} folder${count.folders === 1 ? '' : 's'} changed since ${since}: ${count.changed} objects changed, ${count.added} added, ${count.removed} removed`);
  return `${out.join('\n')}\n`;
}

function main(args) {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) throw new Error('usage: npm run diff [-- <git ref>]');
  const ref = args[0] ?? 'HEAD';
  process.stdout.write(report(filesAtRef(ref), filesInDir(path.join(ROOT, DIST)), ref));
}

module.exports = { report, filesAtRef, filesInDir };

if (require.main === module) {
  process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1)); // `npm run diff | head`
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`diff: ${e.message}\n`);
    process.exit(1);
  }
}
