import { k8s } from 'cdk8s-plus-27';

/** A Service that other components connect to, and the pods behind it (for NetworkPolicy peers). */
export interface ServiceEndpoint {
  /** Service name; resolves within the namespace. */
  readonly host: string;
  readonly port: number;
  readonly podLabels: Record<string, string>;
}

/** A NetworkPolicy rule peer for pods in the same namespace. */
export function podPeer(labels: Record<string, string>): k8s.NetworkPolicyPeer {
  return { podSelector: { matchLabels: labels } };
}

/** A NetworkPolicy rule peer for pods in another namespace, selected by its name label. */
export function namespacedPeer(namespace: string, podLabels?: Record<string, string>): k8s.NetworkPolicyPeer {
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
    podSelector: podLabels ? { matchLabels: podLabels } : undefined,
  };
}

export function tcpPort(port: number | string): k8s.NetworkPolicyPort {
  return { protocol: 'TCP', port: typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port) };
}

/** The egress rule to the Kubernetes API server's endpoints (`platform.kubernetesApi`), for the pods that talk to it. */
export function kubernetesApiEgress(api: { readonly cidrs: readonly string[]; readonly ports: readonly number[] }): k8s.NetworkPolicyEgressRule {
  return { to: api.cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: api.ports.map((p) => tcpPort(p)) };
}
