import { clusterObjects, CONFIG, environment, environmentWith, find, kinds, synthEnvironment } from './support/synth';

describe.each(['dev', 'staging', 'prod'])('platform chart (%s)', (name) => {
  const env = environment(name);
  const objects = synthEnvironment(env).get('platform')!;

  test('a Namespace enforcing Pod Security "restricted"', () => {
    const ns = find(objects, 'Namespace', env.namespace);
    expect(ns.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
  });

  test('a ResourceQuota and a LimitRange from the config', () => {
    const quota = find(objects, 'ResourceQuota', 'llm-stack');
    expect(quota.spec.hard).toMatchObject({
      'requests.cpu': env.platform.quota.requestsCpu,
      'limits.memory': env.platform.quota.limitsMemory,
      'requests.storage': env.platform.quota.requestsStorage,
    });
    const limits = find(objects, 'LimitRange', 'container-defaults');
    expect(limits.spec.limits[0]).toMatchObject({ type: 'Container', default: { memory: env.platform.containerDefaults.limits.memory } });
  });

  test('default-deny for all pods, then DNS egress to the cluster DNS and the node-local resolvers only', () => {
    const deny = find(objects, 'NetworkPolicy', 'default-deny-all');
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const dns = find(objects, 'NetworkPolicy', 'allow-dns-egress');
    expect(dns.spec.policyTypes).toEqual(['Egress']);
    expect(dns.spec.egress).toEqual([
      {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
          { ipBlock: { cidr: '169.254.20.10/32' } },
          { ipBlock: { cidr: '169.254.169.254/32' } },
        ],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ]);
  });

  test('platform.dns.nodeLocalAddresses: [] leaves only the cluster DNS pods; a bad address is a config error', () => {
    const none = synthEnvironment(environmentWith(name, { platform: { dns: { nodeLocalAddresses: [] } } })).get('platform')!;
    expect(find(none, 'NetworkPolicy', 'allow-dns-egress').spec.egress[0].to).toEqual([
      {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
        podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      },
    ]);
    expect(() => environmentWith(name, { platform: { dns: { nodeLocalAddresses: ['169.254.20.10/32'] } } })).toThrow(
      `config[${name}].platform.dns.nodeLocalAddresses[0]: must be an IPv4 address such as 169.254.20.10, got "169.254.20.10/32"`,
    );
  });

  test('no cluster-scoped object but the Namespace: ClusterIssuers live in dist/cluster/', () => {
    expect(objects.filter((o) => !o.metadata.namespace).map((o) => o.kind)).toEqual(['Namespace']);
    expect(kinds(objects, 'ClusterIssuer')).toEqual([]);
  });
});

describe('cluster chart', () => {
  const objects = clusterObjects();
  test.each([
    ['letsencrypt-staging', 'https://acme-staging-v02.api.letsencrypt.org/directory'],
    ['letsencrypt-production', 'https://acme-v02.api.letsencrypt.org/directory'],
  ])('ClusterIssuer %s uses ACME HTTP-01 through the nginx class (and the Gateways of gateway-api environments: test/edge.test.ts)', (name, server) => {
    const issuer = find(objects, 'ClusterIssuer', name);
    const { solvers, ...acme } = issuer.spec.acme;
    expect(acme).toEqual({ server, email: 'platform-team@example.com', privateKeySecretRef: { name: `${name}-account-key` } });
    expect(solvers[0]).toEqual({ http01: { ingress: { ingressClassName: 'nginx' } } });
    // only the Gateway solvers have selectors: the nginx one serves every other host
    expect(solvers.slice(1).every((sv: any) => sv.http01.gatewayHTTPRoute && sv.selector.dnsNames.length === 1)).toBe(true);
  });

  test('every issuer an Ingress or a Gateway names exists', () => {
    const issuers = new Set(kinds(objects, 'ClusterIssuer').map((o) => o.metadata.name));
    for (const env of CONFIG.environments) {
      const app = synthEnvironment(env).get('app')!;
      const edge = app.find((o) => (o.kind === 'Ingress' || o.kind === 'Gateway') && o.metadata.name === 'assistant');
      expect(issuers.has(edge!.metadata.annotations!['cert-manager.io/cluster-issuer'])).toBe(true);
    }
  });
});
