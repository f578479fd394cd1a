import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';

// Envoy Gateway's BackendTrafficPolicy (gateway.envoyproxy.io/v1alpha1) at v1.9.0. No classes
// are generated for it (imports/README.md): the fields below are the few rendered, and
// test/schema-validation.test.ts checks them against the pinned CRD in
// imports/crds/gateway.envoyproxy.io.yaml (charts/gateway-helm/charts/crds/crds/generated/
// gateway.envoyproxy.io_backendtrafficpolicies.yaml at v1.9.0).

export interface BackendTrafficPolicySpec {
  readonly targetRefs: { readonly group: string; readonly kind: string; readonly name: string }[];
  /** Cookie affinity: a consistent hash on a cookie that Envoy sets when the request has none. */
  readonly loadBalancer?: {
    readonly type: 'ConsistentHash';
    readonly consistentHash: { readonly type: 'Cookie'; readonly cookie: { readonly name: string; readonly ttl: string; readonly attributes?: Record<string, string> } };
  };
  /** Envoy's local (per-proxy) token bucket, one bucket per distinct client address. */
  readonly rateLimit?: {
    readonly local: {
      readonly rules: {
        readonly clientSelectors: { readonly sourceCIDR: { readonly type: 'Distinct'; readonly value: string } }[];
        readonly limit: { readonly requests: number; readonly unit: 'Second' };
      }[];
    };
  };
}

export interface BackendTrafficPolicyProps {
  readonly name: string;
  readonly spec: BackendTrafficPolicySpec;
}

/** One BackendTrafficPolicy. */
export class BackendTrafficPolicy extends ApiObject {
  constructor(scope: Construct, id: string, props: BackendTrafficPolicyProps) {
    super(scope, id, {
      apiVersion: 'gateway.envoyproxy.io/v1alpha1',
      kind: 'BackendTrafficPolicy',
      metadata: { name: props.name },
      spec: props.spec,
    });
  }
}
