import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { computeOnce } from './disk-cache';
import { readYamlDocuments } from './yaml-cache';

// Strict validation of rendered objects: the Kubernetes v1.30 OpenAPI definitions and the
// CRD schemas in imports/crds/, with every object schema closed (additionalProperties:
// false) so that an unknown or misspelt field is an error, as `kubectl apply
// --validate=strict` would report it. Types, enums and required fields are checked too.

const ROOT = path.resolve(__dirname, '..', '..');
const K8S_DEFINITIONS = path.join(ROOT, 'test', 'schemas', 'kubernetes', 'definitions-v1.30.1.json');
const CRD_DIR = path.join(ROOT, 'imports', 'crds');
const OBJECT_META = 'k8s.json#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

type Schema = Record<string, any>;

/** Kubernetes OpenAPI v2 definition -> closed JSON schema. */
function closeK8s(node: any): any {
  if (Array.isArray(node)) return node.map(closeK8s);
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-kubernetes-') || k === 'format') continue;
    if (k === '$ref') out[k] = String(v).replace('#/definitions/', 'k8s.json#/definitions/');
    else if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closeK8s(s)]));
    else out[k] = closeK8s(v);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/**
 * CRD patterns are Go (RE2) regular expressions; JavaScript has no inline `(?i)` flag, so
 * it becomes explicit letter classes: `^(?i)(abort|warn)?$` -> `^([aA][bB]...|...)?$`.
 */
function goPatternToJs(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  return pattern.replace('(?i)', '').replace(/(\\.)|([a-zA-Z])/g, (_match, escaped: string | undefined, letter: string | undefined) =>
    escaped ? escaped : `[${letter!.toLowerCase()}${letter!.toUpperCase()}]`,
  );
}

/** CRD openAPIV3Schema -> closed JSON schema, honouring the Kubernetes extensions. */
function closeCrd(node: any, top = true): any {
  if (Array.isArray(node)) return node.map((n) => closeCrd(n, false));
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-kubernetes-') || k === 'format') continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closeCrd(s, false)]));
    else if (k === 'pattern' && typeof v === 'string') out[k] = goPatternToJs(v);
    else out[k] = closeCrd(v, false);
  }
  if (node['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.properties && out.additionalProperties === undefined && !node['x-kubernetes-preserve-unknown-fields']) {
    out.additionalProperties = false;
  }
  if (top && out.properties) {
    // Manifests never carry status; leaving it out keeps ajv's compile of the large CRDs fast.
    delete out.properties.status;
    out.properties.metadata = { $ref: OBJECT_META };
    out.properties.apiVersion = { type: 'string' };
    out.properties.kind = { type: 'string' };
  }
  return out;
}

/** The CRD files parsed (test/support/yaml-cache.ts: the megabytes of CRDs took the YAML parser about a second, in every test file). */
function readCrds(file: string): any[] {
  return readYamlDocuments(file);
}

/** Built-in cluster-scoped kinds (the OpenAPI definitions do not say which kinds are). */
const BUILT_IN_CLUSTER_SCOPED = [
  '/Namespace', '/Node', '/PersistentVolume', 'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass', 'storage.k8s.io/CSIDriver', 'scheduling.k8s.io/PriorityClass', 'networking.k8s.io/IngressClass',
  'apiextensions.k8s.io/CustomResourceDefinition', 'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration', 'node.k8s.io/RuntimeClass',
];

let scopes: Map<string, 'Cluster' | 'Namespaced'> | undefined;

/** Whether objects of this apiVersion and kind are cluster-scoped: the CRDs' `scope`, or the built-in list. */
export function isClusterScoped(obj: { apiVersion: string; kind: string }): boolean {
  if (!scopes) {
    scopes = new Map(BUILT_IN_CLUSTER_SCOPED.map((k) => [k, 'Cluster' as const]));
    for (const file of fs.readdirSync(CRD_DIR).filter((f) => f.endsWith('.yaml'))) {
      for (const crd of readCrds(path.join(CRD_DIR, file))) {
        if (crd?.kind === 'CustomResourceDefinition') scopes.set(`${crd.spec.group}/${crd.spec.names.kind}`, crd.spec.scope);
      }
    }
  }
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
  return scopes.get(`${group}/${obj.kind}`) === 'Cluster';
}

export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Compiled validators are kept as ajv standalone modules under node_modules/.cache, keyed
 * by the closed schema's hash: compiling the large CRDs (CloudNativePG's Cluster and Pooler,
 * Argo Rollouts) took 1-4 s in every test file that validates them.
 */
const VALIDATOR_CACHE = path.join(ROOT, 'node_modules', '.cache', 'llm-stack-validators');
const AJV_VERSION: string = JSON.parse(fs.readFileSync(require.resolve('ajv/package.json'), 'utf8')).version;

function cachedValidator(key: string, compile: () => ValidateFunction, ajv: Ajv): ValidateFunction {
  const file = path.join(VALIDATOR_CACHE, `${createHash('sha1').update(`${AJV_VERSION}\n${key}`).digest('hex')}.js`);
  let compiled: ValidateFunction | undefined;
  computeOnce(file, () => standaloneCode(ajv, (compiled = compile())));
  // The module when it could be stored (one compile for all workers), else this compile.
  return fs.existsSync(file) ? (require(file) as ValidateFunction) : (compiled ?? compile());
}

let shared: ManifestValidator | undefined;

/**
 * The validator, built once per jest worker (the test files of a worker share modules:
 * tools/jest-runtime.js): building one reads the 3 MB of definitions and the CRDs.
 */
export function manifestValidator(): ManifestValidator {
  shared ??= new ManifestValidator();
  return shared;
}

export class ManifestValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, code: { source: true } });
  private readonly k8sKinds = new Map<string, string>();
  /** The served CRD versions' raw schemas, closed (closeCrd) only when a kind is first validated. */
  private readonly crdKinds = new Map<string, Schema>();
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly k8sHash: string;

  constructor() {
    const text = fs.readFileSync(K8S_DEFINITIONS, 'utf8');
    // The hash of the definitions file and of this module's closing rules (closeK8s), so
    // that a change to either compiles anew.
    this.k8sHash = createHash('sha1').update(text).update(closeK8s.toString()).digest('hex');
    const k8s = JSON.parse(text);
    const definitions: Schema = {};
    for (const [name, def] of Object.entries<Schema>(k8s.definitions)) {
      definitions[name] = closeK8s(def);
      // Manifests never carry status (an unknown field then), and skipping it halves compile time.
      if (def['x-kubernetes-group-version-kind'] && definitions[name].properties) delete definitions[name].properties.status;
      for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        this.k8sKinds.set(`${apiVersion}/${gvk.kind}`, name);
      }
    }
    // Quantities and int-or-strings are strings or numbers in YAML.
    definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'] = { type: ['string', 'number'] };
    definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = { type: ['string', 'integer'] };
    this.ajv.addSchema({ $id: 'k8s.json', definitions });

    for (const file of fs.readdirSync(CRD_DIR).filter((f) => f.endsWith('.yaml'))) {
      for (const crd of readCrds(path.join(CRD_DIR, file))) {
        if (crd?.kind !== 'CustomResourceDefinition') continue;
        for (const version of crd.spec.versions) {
          if (!version.served) continue;
          this.crdKinds.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, version.schema.openAPIV3Schema);
        }
      }
    }
  }

  private compile(key: string): ValidateFunction | undefined {
    const k8sName = this.k8sKinds.get(key);
    if (k8sName) return cachedValidator(`k8s ${this.k8sHash} ${k8sName}`, () => this.ajv.getSchema(`k8s.json#/definitions/${k8sName}`) as ValidateFunction, this.ajv);
    const raw = this.crdKinds.get(key);
    if (!raw) return undefined;
    const closed = closeCrd(raw);
    return cachedValidator(`crd ${JSON.stringify(closed)}`, () => this.ajv.compile(closed), this.ajv);
  }

  /** The API versions and kinds this validator knows. */
  knows(apiVersion: string, kind: string): boolean {
    const key = `${apiVersion}/${kind}`;
    return this.k8sKinds.has(key) || this.crdKinds.has(key);
  }

  validate(obj: { apiVersion?: string; kind?: string }): ValidationProblem[] {
    const key = `${obj.apiVersion}/${obj.kind}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.compile(key);
      if (!validate) return [{ path: '', message: `unknown apiVersion/kind ${key} (not in Kubernetes v1.30 nor imports/crds)` }];
      this.compiled.set(key, validate);
    }
    if (validate(obj)) return [];
    return (validate.errors ?? []).map((e) => ({
      path: e.instancePath || '/',
      message:
        e.keyword === 'additionalProperties'
          ? `unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`
          : `${e.message ?? e.keyword}${e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)})` : ''}`,
    }));
  }
}
