import { ClusterConfig, EnvironmentConfig } from '../config/schema';
import { architectureDocument, drawnEnvironment } from './architecture';
import { environmentCapacity, EnvironmentCapacity } from './capacity';
import { capacityJson, capacityMarkdown } from './capacity-doc';
import { configurationReference } from './config-reference';
import { ManifestObject } from './resource-kinds';

export interface GeneratedDocsInput {
  /** Every environment with its rendered objects (dist/<env>/), in name order. */
  readonly environments: readonly { readonly env: EnvironmentConfig; readonly objects: readonly ManifestObject[] }[];
  /** dist/cluster/ */
  readonly clusterObjects: readonly ManifestObject[];
  /** dist/argocd/ */
  readonly argocdObjects: readonly ManifestObject[];
  /** config/cluster.yaml `capacity`: the unit prices of docs/capacity.md. */
  readonly capacity: ClusterConfig['capacity'];
}

/**
 * The files of docs/ that are generated, by name: `npm run synth` writes them and
 * test/docs.test.ts compares them with the committed ones (the drift check).
 */
export function generatedDocs(input: GeneratedDocsInput): Record<string, string> {
  const capacity = capacityOf(input);
  return {
    'capacity.md': capacityMarkdown(capacity, input.capacity),
    'capacity.json': capacityJson(capacity, input.capacity),
    'configuration.md': configurationReference(input.environments),
    'architecture.md': architectureDocument({
      environments: input.environments.map(({ env, objects }) => ({ name: env.name, namespace: env.namespace, objects })),
      drawn: drawnEnvironment(input.environments.map((e) => e.env)).name,
      clusterObjects: input.clusterObjects,
      argocdObjects: input.argocdObjects,
    }),
  };
}

/** Each environment's capacity and cost (lib/capacity.ts), from its rendered objects. */
export function capacityOf(input: GeneratedDocsInput): EnvironmentCapacity[] {
  return input.environments.map(({ env, objects }) =>
    environmentCapacity({
      name: env.name,
      namespace: env.namespace,
      objects,
      dumpSizes: { postgresql: env.backup.postgres.assumedDumpSize, chroma: env.backup.chroma.assumedDumpSize },
      prices: input.capacity,
    }),
  );
}
