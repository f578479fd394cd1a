import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { computeOnce } from './disk-cache';

// The YAML the tests read (dist/, rendered folders, CRDs, promtool unit tests), parsed by the
// project's own YAML library once per content and then read back as JSON: several test files
// read the same megabytes, and the parser took about a tenth of npm test's CPU (profiled).
// The cache sits in node_modules/.cache/llm-stack-yaml, keyed by the SHA-1 of the text, so an
// edited file is parsed again (by one jest worker: test/support/disk-cache.ts); `npm run bench`
// clears it for its cold runs.

const CACHE = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', 'llm-stack-yaml');
const memory = new Map<string, string>();

/** Every document of a YAML text as plain data (empty documents as null), as YAML.parseAllDocuments + toJS gives it. */
export function parseYamlDocuments(text: string): unknown[] {
  const key = createHash('sha1').update(text).digest('hex');
  let json = memory.get(key);
  if (json === undefined) {
    json = computeOnce(path.join(CACHE, `${key}.json`), () =>
      JSON.stringify(
        YAML.parseAllDocuments(text).map((d) => {
          if (d.errors.length > 0) throw d.errors[0];
          return d.toJS();
        }),
      ),
    );
    memory.set(key, json);
  }
  // A fresh copy for every caller, as the parser gives: callers may freeze or edit what they read.
  return JSON.parse(json);
}

/** parseYamlDocuments of a file. */
export function readYamlDocuments(file: string): unknown[] {
  return parseYamlDocuments(fs.readFileSync(file, 'utf8'));
}
