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
} satisfies Record<string, Identity>;

export type ComponentKey = keyof typeof IDENTITIES;

export function identity(key: ComponentKey, namespace: string, version: string): ComponentIdentity {
  return { ...IDENTITIES[key], instance: namespace, version };
}

/** The selector labels of a component's pods in `namespace`. */
export function podLabels(key: ComponentKey, namespace: string): Record<string, string> {
  return selectorLabels({ ...IDENTITIES[key], instance: namespace });
}
