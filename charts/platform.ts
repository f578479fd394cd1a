import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { recommendedLabels } from '../lib/labels';
import { identity } from './identities';

/** On every Namespace rendered from the repository's example configuration (config/cluster.yaml `example: true`). */
export const EXAMPLE_ANNOTATION = 'llm-stack/example';
const EXAMPLE_NOTE = 'rendered from the example configuration: placeholder domains, repositories and e-mail; not for deployment';

export interface PlatformChartProps {
  readonly env: EnvironmentConfig;
  readonly version: string;
}

/** The environment's namespace and its guard rails: Pod Security, quotas, default-deny networking. */
export class PlatformChart extends Chart {
  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    const { env } = props;
    super(scope, id, {
      labels: recommendedLabels(identity('platform', env.namespace, props.version)),
    });
    const namespace = env.namespace;

    new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: namespace,
        annotations: env.example ? { [EXAMPLE_ANNOTATION]: EXAMPLE_NOTE } : undefined,
        labels: {
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'v1.30',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/audit-version': 'v1.30',
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/warn-version': 'v1.30',
        },
      },
    });

    const quota = env.platform.quota;
    new k8s.KubeResourceQuota(this, 'quota', {
      metadata: { name: 'llm-stack', namespace },
      spec: {
        hard: {
          'requests.cpu': k8s.Quantity.fromString(quota.requestsCpu),
          'requests.memory': k8s.Quantity.fromString(quota.requestsMemory),
          'limits.cpu': k8s.Quantity.fromString(quota.limitsCpu),
          'limits.memory': k8s.Quantity.fromString(quota.limitsMemory),
          'requests.storage': k8s.Quantity.fromString(quota.requestsStorage),
          persistentvolumeclaims: k8s.Quantity.fromString(String(quota.persistentVolumeClaims)),
          pods: k8s.Quantity.fromString(String(quota.pods)),
        },
      },
    });

    const defaults = env.platform.containerDefaults;
    new k8s.KubeLimitRange(this, 'limits', {
      metadata: { name: 'container-defaults', namespace },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: {
              cpu: k8s.Quantity.fromString(defaults.requests.cpu),
              memory: k8s.Quantity.fromString(defaults.requests.memory),
            },
            default: {
              cpu: k8s.Quantity.fromString(defaults.limits.cpu),
              memory: k8s.Quantity.fromString(defaults.limits.memory),
            },
          },
        ],
      },
    });

    new k8s.KubeNetworkPolicy(this, 'default-deny', {
      metadata: { name: 'default-deny-all', namespace },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });

    // DNS goes to the cluster DNS pods, and to resolvers on the node that no pod selector
    // matches (NodeLocal DNSCache, GKE's metadata server): those are addresses.
    const dns = env.platform.dns;
    const dnsPeers: k8s.NetworkPolicyPeer[] = [
      {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': dns.namespace } },
        podSelector: { matchLabels: dns.podLabels },
      },
      ...dns.nodeLocalAddresses.map((ip) => ({ ipBlock: { cidr: `${ip}/32` } })),
    ];
    new k8s.KubeNetworkPolicy(this, 'allow-dns', {
      metadata: { name: 'allow-dns-egress', namespace },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: dnsPeers,
            ports: [
              { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
              { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
            ],
          },
        ],
      },
    });
  }
}
