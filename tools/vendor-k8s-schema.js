#!/usr/bin/env node
// Reduces the official Kubernetes OpenAPI v2 spec (swagger.json) to what the strict
// manifest validator needs: the definitions, without descriptions.
// Usage: node tools/vendor-k8s-schema.js <swagger.json> <version>
//   upstream: https://raw.githubusercontent.com/kubernetes/kubernetes/<version>/api/openapi-spec/swagger.json
const fs = require('fs');
const path = require('path');

const [src, version] = process.argv.slice(2);
if (!src || !version) {
  console.error('usage: node tools/vendor-k8s-schema.js <swagger.json> <version, e.g. v1.30.1>');
  process.exit(2);
}
const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'description').map(([k, v]) => [k, strip(v)]));
  }
  return node;
};
const swagger = JSON.parse(fs.readFileSync(src, 'utf8'));
const out = path.join(__dirname, '..', 'test', 'schemas', 'kubernetes', `definitions-${version}.json`);
fs.writeFileSync(out, JSON.stringify({ source: `kubernetes/kubernetes@${version} api/openapi-spec/swagger.json`, definitions: strip(swagger.definitions) }) + '\n');
console.log(`wrote ${out}`);
