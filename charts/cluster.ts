import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterConfig } from '../config/schema';
import { ClusterIssuer } from '../imports/cert-manager.io';
import { recommendedLabels } from '../lib/labels';
import { identity } from './identities';

export const ACME_SERVERS = {
  'letsencrypt-staging': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-production': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

export interface ClusterChartProps {
  readonly cluster: ClusterConfig;
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
    for (const [name, server] of Object.entries(ACME_SERVERS)) {
      new ClusterIssuer(this, name, {
        metadata: { name },
        spec: {
          acme: {
            server,
            email: props.cluster.acme.email,
            privateKeySecretRef: { name: `${name}-account-key` },
            solvers: [{ http01: { ingress: { ingressClassName: props.cluster.acme.ingressClassName } } }],
          },
        },
      });
    }
  }
}
