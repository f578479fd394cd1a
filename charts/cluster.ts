import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterConfig, EnvironmentConfig } from '../config/schema';
import { ClusterIssuer, ClusterIssuerSpecAcmeSolvers } from '../imports/cert-manager.io';
import { recommendedLabels } from '../lib/labels';
import { APP_NAME } from './app';
import { HTTP_LISTENER } from './edge/acme';
import { identity } from './identities';

export const ACME_SERVERS = {
  'letsencrypt-staging': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-production': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

export interface ClusterChartProps {
  readonly cluster: ClusterConfig;
  /** Every environment: those with a Gateway of their own get an HTTP-01 solver through it. */
  readonly environments: readonly EnvironmentConfig[];
  readonly version: string;
}

/**
 * Objects that exist once per cluster (dist/cluster/). Environments only reference
 * them, so no two environments' syncs ever own or fight over the same object.
 */
export class ClusterChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, {
      labels: recommendedLabels(identity('cluster', 'cluster', props.version)),
    });
    // The ingress solver (no selector) serves every other host.
    const solvers = [{ http01: { ingress: { ingressClassName: props.cluster.acme.ingressClassName } } }, ...gatewaySolvers(props.environments, APP_NAME)];
    for (const [name, server] of Object.entries(ACME_SERVERS)) {
      new ClusterIssuer(this, name, {
        metadata: { name },
        spec: {
          acme: {
            server,
            email: props.cluster.acme.email,
            privateKeySecretRef: { name: `${name}-account-key` },
            solvers,
          },
        },
      });
    }
  }
}

/**
 * The HTTP-01 solvers of the environments whose edge is a Gateway of their own: cert-manager
 * (v1.21.1, pkg/issuer/acme/http/httproute.go) creates the challenge's HTTPRoute with these
 * parentRefs, on the Gateway's HTTP listener. The dnsNames selector picks it for that host
 * only: a dnsNames match takes precedence over the selector-less ingress solver
 * (pkg/apis/acme/v1/types_issuer.go CertificateDNSNameSelector; pkg/util/solverpicker).
 */
export function gatewaySolvers(environments: readonly EnvironmentConfig[], gatewayName: string): ClusterIssuerSpecAcmeSolvers[] {
  return environments
    .filter((env) => env.edge.kind === 'gateway-api' && env.edge.gatewayApi.gateway.create)
    .map((env) => ({
      selector: { dnsNames: [env.ingress.host] },
      http01: {
        gatewayHttpRoute: {
          parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gatewayName, namespace: env.namespace, sectionName: HTTP_LISTENER }],
        },
      },
    }));
}
