import { ComponentIdentity, selectorLabels } from '../lib/labels';

// Who is who in an environment: the recommended-label identity of each component.
// NetworkPolicies of one chart select the pods of another through these.

type Identity = Omit<ComponentIdentity, 'instance' | 'version'>;

export const IDENTITIES = {
  app: { name: 'api-integration-assistant', component: 'app' },
  migration: { name: 'api-integration-assistant', component: 'migration' },
  chroma: { name: 'chroma', component: 'vector-database' },
  postgres: { name: 'postgresql', component: 'database' },
  postgresBackup: { name: 'postgresql', component: 'backup' },
  chromaBackup: { name: 'chroma', component: 'backup' },
  monitoring: { name: 'llm-stack', component: 'monitoring' },
  /** Objects of the stack as a whole rather than of one component. */
  platform: { name: 'llm-stack', component: 'platform' },
  backupScripts: { name: 'llm-stack', component: 'backup' },
  cluster: { name: 'llm-stack', component: 'cluster' },
  gitops: { name: 'llm-stack', component: 'gitops' },
} satisfies Record<string, Identity>;

export type ComponentKey = keyof typeof IDENTITIES;

/** `instance` is the environment's namespace; for cluster-wide objects, `cluster` or Argo CD's namespace. */
export function identity(key: ComponentKey, instance: string, version: string): ComponentIdentity {
  return { ...IDENTITIES[key], instance, version };
}

/** The selector labels of a component's pods in `namespace`. */
export function podLabels(key: ComponentKey, namespace: string): Record<string, string> {
  return selectorLabels({ ...IDENTITIES[key], instance: namespace });
}
