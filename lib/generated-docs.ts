import { EnvironmentConfig } from '../config/schema';
import { architectureDocument, drawnEnvironment } from './architecture';
import { configurationReference } from './config-reference';
import { ManifestObject } from './resource-kinds';

export interface GeneratedDocsInput {
  /** Every environment with its rendered objects (dist/<env>/), in name order. */
  readonly environments: readonly { readonly env: EnvironmentConfig; readonly objects: readonly ManifestObject[] }[];
  /** dist/cluster/ */
  readonly clusterObjects: readonly ManifestObject[];
  /** dist/argocd/ */
  readonly argocdObjects: readonly ManifestObject[];
}

/**
 * The files of docs/ that are generated, by name: `npm run synth` writes them and
 * test/docs.test.ts compares them with the committed ones (the drift check).
 */
export function generatedDocs(input: GeneratedDocsInput): Record<string, string> {
  return {
    'configuration.md': configurationReference(input.environments),
    'architecture.md': architectureDocument({
      environments: input.environments.map(({ env, objects }) => ({ name: env.name, namespace: env.namespace, objects })),
      drawn: drawnEnvironment(input.environments.map((e) => e.env)).name,
      clusterObjects: input.clusterObjects,
      argocdObjects: input.argocdObjects,
    }),
  };
}
