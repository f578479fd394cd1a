/** The product name: `app.kubernetes.io/part-of` on every object. */
export const PART_OF = 'llm-stack';
/** The app's name: its Deployment (or Rollout), container, Service and `app.kubernetes.io/name`. */
export const APP_NAME = 'assistant';

/** Who a set of objects belongs to, in Kubernetes recommended-label terms. */
export interface ComponentIdentity {
  /** `app.kubernetes.io/name`, e.g. `api-integration-assistant`, `chroma`, `postgresql`. */
  readonly name: string;
  /** `app.kubernetes.io/component`, e.g. `app`, `vector-database`, `database`. */
  readonly component: string;
  /** `app.kubernetes.io/instance`: the environment's namespace, unique per installation. */
  readonly instance: string;
  /** `app.kubernetes.io/version`: the component's image tag or the stack's version. */
  readonly version: string;
}

/** The labels every object carries (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/). */
export function recommendedLabels(id: ComponentIdentity): Record<string, string> {
  return {
    'app.kubernetes.io/name': id.name,
    'app.kubernetes.io/instance': id.instance,
    'app.kubernetes.io/component': id.component,
    'app.kubernetes.io/part-of': PART_OF,
    'app.kubernetes.io/version': id.version,
    'app.kubernetes.io/managed-by': 'cdk8s',
  };
}

/** The stable subset used in selectors: it never changes with a version, so selectors stay immutable. */
export function selectorLabels(id: Pick<ComponentIdentity, 'name' | 'instance' | 'component'>): Record<string, string> {
  return {
    'app.kubernetes.io/name': id.name,
    'app.kubernetes.io/instance': id.instance,
    'app.kubernetes.io/component': id.component,
  };
}
