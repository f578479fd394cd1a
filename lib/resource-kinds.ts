/** A rendered Kubernetes object, as `Chart.toJson()` returns it and dist/ holds it. */
export interface ManifestObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  readonly [field: string]: unknown;
}

/** An API group and kind, as Argo CD AppProject white- and blacklists name them. */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** The API group of an apiVersion: `apps/v1` -> `apps`, `v1` -> `` (core). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * The kinds among `objects`, split by scope and sorted by group then kind. Every chart of
 * an environment sets the namespace of its namespaced objects, so an object without
 * `metadata.namespace` is cluster-scoped (test/argocd.test.ts checks this against the CRDs).
 */
export function resourceKinds(objects: readonly ManifestObject[]): { clusterScoped: GroupKind[]; namespaced: GroupKind[] } {
  const key = (gk: GroupKind) => `${gk.group}/${gk.kind}`;
  const clusterScoped = new Map<string, GroupKind>();
  const namespaced = new Map<string, GroupKind>();
  for (const obj of objects) {
    const gk = { group: apiGroup(obj.apiVersion), kind: obj.kind };
    (obj.metadata.namespace ? namespaced : clusterScoped).set(key(gk), gk);
  }
  // Code-point order, not localeCompare: the output must not depend on the machine's locale.
  const sorted = (m: Map<string, GroupKind>) => [...m.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { clusterScoped: sorted(clusterScoped), namespaced: sorted(namespaced) };
}
