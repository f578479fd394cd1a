// An evaluator of Kubernetes NetworkPolicy semantics (networking.k8s.io/v1), written from the
// API reference and the concepts page (https://kubernetes.io/docs/concepts/services-networking/network-policies/):
//
// * A pod is isolated for ingress (egress) when at least one NetworkPolicy of its namespace
//   selects it and lists Ingress (Egress) in its policyTypes. Without policyTypes, a policy
//   has Ingress, plus Egress when it has egress rules (kubernetes pkg/apis/networking/v1/defaults.go,
//   SetDefaults_NetworkPolicy). A port without protocol is TCP (SetDefaults_NetworkPolicyPort).
// * An isolated pod accepts (sends) a connection when any rule of any policy that selects it
//   for that direction allows it: policies are additive, their order does not matter.
// * A connection between two pods needs both: egress allowed at the source and ingress
//   allowed at the destination.
// * Peers: podSelector alone selects pods of the policy's namespace; namespaceSelector alone,
//   every pod of the selected namespaces; both in one peer, pods matching both (AND); ipBlock,
//   addresses in cidr but not in except. An empty or missing from/to matches every peer; an
//   empty or missing ports list matches every port.
// * Ports: a number, a range (port to endPort), or a name resolved against the container
//   ports of the destination pod (the pod that receives the connection).
//
// What it does not model, on purpose: ipBlock against pod IPs (the docs leave it to the
// implementation whether pod traffic is matched by ipBlock; pods here have no IPs and are
// matched only by selectors), Service ClusterIPs (a flow names the pod or the address behind
// the Service, as policies see traffic after DNAT: e.g. GKE "translates the Service virtual IP
// address to backend Pod IP addresses before evaluating network policy rules",
// cloud.google.com/kubernetes-engine/docs/how-to/fqdn-network-policies), hostNetwork pods (model them as addresses),
// IPv6, and connections a CNI always allows (e.g. from the node's kubelet for probes).

export type Labels = Record<string, string>;
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

export interface NetworkPolicyPort {
  readonly protocol?: Protocol;
  readonly port?: number | string;
  readonly endPort?: number;
}

export interface NetworkPolicyPeer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

export interface NetworkPolicy {
  readonly metadata: { readonly name: string; readonly namespace: string };
  readonly spec: {
    readonly podSelector: LabelSelector;
    readonly policyTypes?: readonly ('Ingress' | 'Egress')[];
    readonly ingress?: readonly { readonly from?: readonly NetworkPolicyPeer[]; readonly ports?: readonly NetworkPolicyPort[] }[];
    readonly egress?: readonly { readonly to?: readonly NetworkPolicyPeer[]; readonly ports?: readonly NetworkPolicyPort[] }[];
  };
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol?: Protocol;
}

/** A pod: its namespace, labels and the ports its containers declare. */
export interface PodEndpoint {
  readonly kind: 'pod';
  readonly name: string;
  readonly namespace: string;
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
}

/** An address outside the pod network: a node-local cache, a cloud service, the internet. */
export interface IpEndpoint {
  readonly kind: 'ip';
  readonly name: string;
  readonly ip: string;
}

export type Endpoint = PodEndpoint | IpEndpoint;

/** What the evaluator knows of the cluster: every policy, and the labels of every namespace. */
export interface ClusterModel {
  readonly policies: readonly NetworkPolicy[];
  /** Namespace name -> labels. A namespace not listed has only `kubernetes.io/metadata.name`. */
  readonly namespaceLabels: ReadonlyMap<string, Labels>;
}

export interface Connection {
  readonly port: number;
  readonly protocol: Protocol;
}

/** One direction's verdict: isolated or not, and the policies whose rules allow the connection. */
export interface SideVerdict {
  readonly isolated: boolean;
  readonly allowedBy: readonly string[];
  readonly allowed: boolean;
}

export interface FlowVerdict {
  readonly allowed: boolean;
  readonly egress: SideVerdict;
  readonly ingress: SideVerdict;
}

// --- selectors ------------------------------------------------------------------------------

/** Label selector semantics (apimachinery): matchLabels and every matchExpression must hold; `{}` selects all. */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  return (selector.matchExpressions ?? []).every((req) => requirementMatches(req, labels));
}

function requirementMatches(req: LabelSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      if (values.length === 0) throw new Error(`matchExpressions ${req.key} In: values must be non-empty`);
      return has && values.includes(labels[req.key]);
    case 'NotIn':
      if (values.length === 0) throw new Error(`matchExpressions ${req.key} NotIn: values must be non-empty`);
      return !has || !values.includes(labels[req.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      throw new Error(`matchExpressions ${req.key}: unknown operator ${String((req as { operator: unknown }).operator)}`);
  }
}

// --- addresses ------------------------------------------------------------------------------

function ipv4ToInt(ip: string): number {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new Error(`not an IPv4 address: ${ip}`);
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function parseCidr(cidr: string): { base: string; bits: number } {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  if (bitsText === undefined || !/^\d+$/.test(bitsText) || bits > 32) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  return { base, bits };
}

/** Whether an IPv4 address lies in a CIDR block. */
export function cidrContains(cidr: string, ip: string): boolean {
  const { base, bits } = parseCidr(cidr);
  const size = 2 ** (32 - bits);
  const start = Math.floor(ipv4ToInt(base) / size) * size;
  const addr = ipv4ToInt(ip);
  return addr >= start && addr < start + size;
}

/** The API server rejects an ipBlock whose except entries are not strictly inside its cidr. */
function checkIpBlock(block: { readonly cidr: string; readonly except?: readonly string[] }): void {
  const outer = parseCidr(block.cidr);
  for (const e of block.except ?? []) {
    const inner = parseCidr(e);
    if (inner.bits <= outer.bits || !cidrContains(block.cidr, inner.base)) throw new Error(`ipBlock ${block.cidr}: except ${e} is not inside it`);
  }
}

// --- peers and ports ------------------------------------------------------------------------

function namespaceLabelsOf(cluster: ClusterModel, namespace: string): Labels {
  return { ...(cluster.namespaceLabels.get(namespace) ?? {}), 'kubernetes.io/metadata.name': namespace };
}

/** Whether `peer` (in a policy of namespace `policyNs`) matches the endpoint on the other side. */
export function peerMatches(cluster: ClusterModel, policyNs: string, peer: NetworkPolicyPeer, other: Endpoint): boolean {
  if (peer.ipBlock) {
    if (peer.podSelector || peer.namespaceSelector) throw new Error('a peer with ipBlock may set neither podSelector nor namespaceSelector');
    checkIpBlock(peer.ipBlock);
    if (other.kind !== 'ip') return false;
    return cidrContains(peer.ipBlock.cidr, other.ip) && !(peer.ipBlock.except ?? []).some((c) => cidrContains(c, other.ip));
  }
  if (!peer.podSelector && !peer.namespaceSelector) throw new Error('a peer must set podSelector, namespaceSelector or ipBlock');
  if (other.kind !== 'pod') return false;
  if (peer.namespaceSelector) {
    if (!selectorMatches(peer.namespaceSelector, namespaceLabelsOf(cluster, other.namespace))) return false;
  } else if (other.namespace !== policyNs) {
    return false;
  }
  return peer.podSelector ? selectorMatches(peer.podSelector, other.labels) : true;
}

/** Whether a policy port matches the connection; named ports resolve against the receiving pod. */
export function portMatches(rulePort: NetworkPolicyPort, conn: Connection, receiver: Endpoint): boolean {
  if ((rulePort.protocol ?? 'TCP') !== conn.protocol) return false;
  const port = rulePort.port;
  if (port === undefined) {
    if (rulePort.endPort !== undefined) throw new Error('endPort needs port');
    return true;
  }
  if (typeof port === 'number') {
    const end = rulePort.endPort ?? port;
    if (end < port) throw new Error(`endPort ${end} is below port ${port}`);
    return conn.port >= port && conn.port <= end;
  }
  if (rulePort.endPort !== undefined) throw new Error(`endPort needs a numeric port, got the name ${port}`);
  if (receiver.kind !== 'pod') return false;
  return receiver.ports.some((p) => p.name === port && p.containerPort === conn.port && (p.protocol ?? 'TCP') === conn.protocol);
}

// --- policies -------------------------------------------------------------------------------

/** The policyTypes of a policy after API defaulting. */
export function policyTypesOf(policy: NetworkPolicy): readonly ('Ingress' | 'Egress')[] {
  const types = policy.spec.policyTypes;
  if (types && types.length > 0) return types;
  return (policy.spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function selects(policy: NetworkPolicy, pod: PodEndpoint): boolean {
  return policy.metadata.namespace === pod.namespace && selectorMatches(policy.spec.podSelector, pod.labels);
}

function ruleAllows(
  cluster: ClusterModel,
  policy: NetworkPolicy,
  rule: { readonly peers?: readonly NetworkPolicyPeer[]; readonly ports?: readonly NetworkPolicyPort[] },
  other: Endpoint,
  conn: Connection,
  receiver: Endpoint,
): boolean {
  const peers = rule.peers ?? [];
  const ports = rule.ports ?? [];
  const peerOk = peers.length === 0 || peers.some((p) => peerMatches(cluster, policy.metadata.namespace, p, other));
  const portOk = ports.length === 0 || ports.some((p) => portMatches(p, conn, receiver));
  return peerOk && portOk;
}

/** The verdict for one side: `self` sends (Egress) to or receives (Ingress) from `other`. */
export function sideVerdict(
  cluster: ClusterModel,
  direction: 'Ingress' | 'Egress',
  self: Endpoint,
  other: Endpoint,
  conn: Connection,
): SideVerdict {
  if (self.kind !== 'pod') return { isolated: false, allowedBy: [], allowed: true };
  const selecting = cluster.policies.filter((p) => selects(p, self) && policyTypesOf(p).includes(direction));
  if (selecting.length === 0) return { isolated: false, allowedBy: [], allowed: true };
  const receiver = direction === 'Ingress' ? self : other;
  const allowedBy = selecting
    .filter((policy) => {
      const rules =
        direction === 'Ingress'
          ? (policy.spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports }))
          : (policy.spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports }));
      return rules.some((r) => ruleAllows(cluster, policy, r, other, conn, receiver));
    })
    .map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
  return { isolated: true, allowedBy, allowed: allowedBy.length > 0 };
}

/** Whether `src` may open a connection to `dst` on `conn`: egress at the source and ingress at the destination. */
export function evaluateFlow(cluster: ClusterModel, src: Endpoint, dst: Endpoint, conn: Connection): FlowVerdict {
  const egress = sideVerdict(cluster, 'Egress', src, dst, conn);
  const ingress = sideVerdict(cluster, 'Ingress', dst, src, conn);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}
