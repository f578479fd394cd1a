import * as path from 'path';
import { gatewayDuration } from '../charts/edge/gateway-api';
import { evaluateFolder, evaluateObjects, FlowResult } from './netpol/flows';
import { readObjects } from './netpol/rendered';
import { manifestValidator } from './support/schema-validator';
import { DIST } from './support/dist';
import { clusterObjects, configErrorOf, environment, environmentWith, find, K8sObject, kinds, objectsOf, synthEnvironment } from './support/synth';
import { alertNames, renderedGroups } from './promtool/harness';

// Issue 13 part 1: the edge as config's edge.kind chooses it. ingress-nginx (the default) is
// today's Ingress, unchanged (the snapshots of dev, staging and prod hold it); the Gateway API
// edge maps each of its features to a standard field, an Envoy Gateway policy, or a refusal.

const validator = manifestValidator();
const appOf = (env: ReturnType<typeof environment>) => synthEnvironment(env).get('app')!;

/** The Gateway API edge with Envoy Gateway, as config/environments/preview.yaml sets it, on another environment. */
const ENVOY = {
  edge: { kind: 'gateway-api', gatewayApi: { implementation: 'envoy-gateway', acceptGaps: ['body-size-limit'] } },
  ingress: { rateLimit: { requestsPerSecond: 50, burstMultiplier: 1 } },
};
/** The standard API only: one replica, and the gaps accepted in writing. */
const STANDARD_ONLY = {
  app: { replicas: 1, autoscaling: { enabled: false } },
  edge: { kind: 'gateway-api', gatewayApi: { implementation: 'none', acceptGaps: ['rate-limit', 'body-size-limit'] } },
};
const SHARED = {
  ...ENVOY,
  edge: { ...ENVOY.edge, gatewayApi: { ...ENVOY.edge.gatewayApi, gateway: { create: false, name: 'public', namespace: 'gateways', sectionName: 'https-wildcard' } } },
};

describe('the edge follows edge.kind', () => {
  test('default ingress-nginx: an Ingress, its headers ConfigMap and no Gateway API object', () => {
    const app = appOf(environment('staging'));
    expect(environment('staging').edge.kind).toBe('ingress-nginx');
    expect(kinds(app, 'Ingress').map((o) => o.metadata.name)).toEqual(['assistant']);
    expect(find(app, 'ConfigMap', 'assistant-security-headers')).toBeDefined();
    expect(app.filter((o) => o.apiVersion.startsWith('gateway.'))).toEqual([]);
  });

  test('gateway-api: a Gateway, the app HTTPRoute and the redirect route, no Ingress and no headers ConfigMap', () => {
    const app = appOf(environment('preview'));
    expect(app.filter((o) => ['Ingress', 'Gateway', 'HTTPRoute', 'BackendTrafficPolicy'].includes(o.kind)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Gateway/assistant',
      'HTTPRoute/assistant',
      'HTTPRoute/assistant-https-redirect',
      'BackendTrafficPolicy/assistant',
    ]);
    expect(app.some((o) => o.kind === 'ConfigMap' && o.metadata.name === 'assistant-security-headers')).toBe(false);
  });
});

describe('HTTPRoute of the app', () => {
  const env = environment('preview');
  const route = find(appOf(env), 'HTTPRoute', 'assistant');

  test('the host, the HTTPS listener of its own Gateway, and the app Service on its http port', () => {
    expect(route.spec.hostnames).toEqual([env.ingress.host]);
    expect(route.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'assistant', sectionName: 'https' }]);
    const service = find(objectsOf(env), 'Service', 'assistant');
    const http = service.spec.ports.find((p: any) => p.name === 'http');
    for (const rule of route.spec.rules) expect(rule.backendRefs).toEqual([{ group: '', kind: 'Service', name: 'assistant', port: http.port }]);
  });

  test('two rules, the app and Streamlit\'s websocket apart (rule 1: kept out of the latency SLI)', () => {
    expect(route.spec.rules.map((r: any) => [r.name, r.matches])).toEqual([
      ['app', [{ path: { type: 'PathPrefix', value: '/' } }]],
      ['websocket', [{ path: { type: 'PathPrefix', value: '/_stcore/stream' } }]],
    ]);
  });

  test('timeouts from ingress.websocketTimeoutSeconds, as Gateway API durations', () => {
    for (const rule of route.spec.rules) expect(rule.timeouts).toEqual({ request: '1h' });
    const longer = find(appOf(environmentWith('preview', { ingress: { websocketTimeoutSeconds: 5430 } })), 'HTTPRoute', 'assistant');
    expect(longer.spec.rules.map((r: any) => r.timeouts.request)).toEqual(['1h30m30s', '1h30m30s']);
    expect([45, 90, 3600, 86400].map(gatewayDuration)).toEqual(['45s', '1m30s', '1h', '24h']);
    expect(() => gatewayDuration(0)).toThrow(/positive whole number/);
  });

  test('HSTS and the security headers: the same headers as the ingress-nginx ConfigMap, set on every response', () => {
    const nginxHeaders = find(appOf(environment('staging')), 'ConfigMap', 'assistant-security-headers').data;
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    for (const rule of route.spec.rules) {
      expect(rule.filters.map((f: any) => f.type)).toEqual(['ResponseHeaderModifier']);
      expect([...rule.filters[0].responseHeaderModifier.set].sort(byName)).toEqual(Object.entries(nginxHeaders).map(([name, value]) => ({ name, value })).sort(byName));
    }
    const shorter = find(appOf(environmentWith('preview', { ingress: { hstsMaxAgeSeconds: 600 } })), 'HTTPRoute', 'assistant');
    expect(shorter.spec.rules[0].filters[0].responseHeaderModifier.set[0]).toEqual({ name: 'Strict-Transport-Security', value: 'max-age=600; includeSubDomains' });
  });
});

describe('the Gateway and the HTTP redirect', () => {
  const env = environment('preview');
  const app = appOf(env);
  const gateway = find(app, 'Gateway', 'assistant');

  test('HTTPS listener: the host, TLS terminated with the Secret cert-manager issues for the annotated Gateway', () => {
    expect(gateway.metadata.annotations['cert-manager.io/cluster-issuer']).toBe(env.ingress.clusterIssuer);
    expect(gateway.spec.gatewayClassName).toBe(env.edge.gatewayApi.gateway.className);
    expect(gateway.spec.listeners).toEqual([
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 443,
        hostname: env.ingress.host,
        tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'assistant-tls' }] },
      },
      { name: 'http', protocol: 'HTTP', port: 80, hostname: env.ingress.host },
    ]);
  });

  test('HTTP -> HTTPS: 301 for every path of the HTTP listener, no backend', () => {
    const redirect = find(app, 'HTTPRoute', 'assistant-https-redirect');
    expect(redirect.spec).toEqual({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'assistant', sectionName: 'http' }],
      hostnames: [env.ingress.host],
      rules: [{ filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] }],
    });
  });

  test('the ClusterIssuers solve HTTP-01 for the Gateway\'s host through an HTTPRoute on its HTTP listener; other hosts through the Ingress', () => {
    for (const issuer of kinds(clusterObjects(), 'ClusterIssuer')) {
      const solvers = issuer.spec.acme.solvers;
      expect(solvers[0]).toEqual({ http01: { ingress: { ingressClassName: 'nginx' } } });
      expect(solvers.slice(1)).toEqual([
        {
          selector: { dnsNames: [env.ingress.host] },
          http01: { gatewayHTTPRoute: { parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'assistant', namespace: env.namespace, sectionName: 'http' }] } },
        },
      ]);
      expect(validator.validate(issuer)).toEqual([]);
    }
  });
});

describe('a shared Gateway (edge.gatewayApi.gateway.create: false)', () => {
  const env = environmentWith('staging', SHARED);
  const app = appOf(env);

  test('the HTTPRoute attaches to it by parentRef; no Gateway, redirect or solver policy of ours', () => {
    expect(find(app, 'HTTPRoute', 'assistant').spec.parentRefs).toEqual([
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'gateways', sectionName: 'https-wildcard' },
    ]);
    expect(app.filter((o) => o.kind === 'Gateway' || o.metadata.name === 'assistant-https-redirect' || o.metadata.name === 'acme-http01-solver')).toEqual([]);
  });

  test('every object validates strictly, and the flow table holds (no solver flow: the shared Gateway\'s owner issues its certificate)', () => {
    for (const o of objectsOf(env)) expect({ o: `${o.kind}/${o.metadata.name}`, problems: validator.validate(o) }).toEqual({ o: `${o.kind}/${o.metadata.name}`, problems: [] });
    const results = flowsOf(env);
    expect(wrong(results)).toEqual([]);
    expect(results.some((f) => f.destination.name.includes('HTTP-01 solver'))).toBe(false);
  });

  test('without the Gateway\'s name and namespace, synth refuses', () => {
    expect(configErrorOf('qa', { ...ENVOY, edge: { ...ENVOY.edge, gatewayApi: { ...ENVOY.edge.gatewayApi, gateway: { create: false } } } })).toMatch(
      /^config\[qa\]\.edge\.gatewayApi\.gateway\.name: must name the shared Gateway when create is false.*\nconfig\[qa\]\.edge\.gatewayApi\.gateway\.namespace: must name the shared Gateway/,
    );
  });
});

describe('what the standard API cannot express: Envoy Gateway policy, or a refusal', () => {
  test('envoy-gateway: cookie affinity and the per-client limit in one BackendTrafficPolicy on the HTTPRoute', () => {
    const policy = find(appOf(environment('preview')), 'BackendTrafficPolicy', 'assistant');
    expect(policy.spec).toEqual({
      targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'assistant' }],
      loadBalancer: { type: 'ConsistentHash', consistentHash: { type: 'Cookie', cookie: { name: 'assistant-session', ttl: '24h', attributes: { SameSite: 'Lax' } } } },
      rateLimit: {
        local: {
          rules: ['0.0.0.0/0', '::/0'].map((value) => ({ clientSelectors: [{ sourceCIDR: { type: 'Distinct', value } }], limit: { requests: 50, unit: 'Second' } })),
        },
      },
    });
    expect(validator.validate(policy)).toEqual([]);
  });

  test('one replica needs no affinity: the policy carries the rate limit only', () => {
    const single = environmentWith('staging', { ...ENVOY, app: { replicas: 1, autoscaling: { enabled: false } } });
    const policy = find(appOf(single), 'BackendTrafficPolicy', 'assistant');
    expect(Object.keys(policy.spec).sort()).toEqual(['rateLimit', 'targetRefs']);
  });

  test('the standard API only, with the gaps accepted: no implementation-specific object at all', () => {
    const env = environmentWith('staging', STANDARD_ONLY);
    const objects = objectsOf(env);
    expect(objects.filter((o) => o.apiVersion.startsWith('gateway.envoyproxy.io/'))).toEqual([]);
    expect(kinds(objects, 'HTTPRoute').length).toBe(2);
    for (const o of objects) expect(validator.validate(o)).toEqual([]);
  });

  test.each([
    ['session affinity with two replicas and no implementation', { edge: { kind: 'gateway-api', gatewayApi: { acceptGaps: ['rate-limit', 'body-size-limit'] } } }, /^config\[qa\]\.edge\.gatewayApi\.implementation: must be envoy-gateway for cookie session affinity: the app runs 2 replicas .*sessionPersistence is experimental-only.*, got nothing$/],
    ['the rate limit with no implementation', { ...STANDARD_ONLY, edge: { kind: 'gateway-api', gatewayApi: { acceptGaps: ['body-size-limit'] } } }, /^config\[qa\]\.ingress\.rateLimit: has no standard Gateway API field: set edge\.gatewayApi\.implementation to envoy-gateway .*acceptGaps.*, got nothing$/],
    ['a burst with Envoy\'s local limit', { ...ENVOY, ingress: { rateLimit: { requestsPerSecond: 10, burstMultiplier: 5 } } }, /^config\[qa\]\.ingress\.rateLimit\.burstMultiplier: must be 1 with Envoy Gateway: .*, got 5$/],
    ['the body-size limit, unless accepted', { ...ENVOY, edge: { ...ENVOY.edge, gatewayApi: { implementation: 'envoy-gateway' } } }, /^config\[qa\]\.app\.settings\.maxFileSizeMb: cannot be enforced at the edge with edge\.kind gateway-api .*requestBuffer breaks websockets.*, got nothing$/],
    ['a latency SLO between Envoy\'s buckets', { ...ENVOY, monitoring: { slo: { latencySeconds: 20 } } }, /^config\[qa\]\.monitoring\.slo\.latencySeconds: must be one of Envoy's default histogram buckets .*10, 30, 60.*, got 20$/],
  ])('refused: %s', (_what, override, message) => {
    const error = configErrorOf('qa', override);
    expect(error?.split('\n')).toEqual([expect.stringMatching(message)]);
  });

  test('the same settings render with ingress-nginx, which has annotations for all of them', () => {
    expect(configErrorOf('qa', { ingress: { rateLimit: { requestsPerSecond: 10, burstMultiplier: 5 } }, monitoring: { slo: { latencySeconds: 20 } } })).toBeUndefined();
  });

  test('the pinned standard-channel CRD has no HTTPRoute sessionPersistence (experimental-only in v1.6.1), and the pinned Envoy Gateway CRD rejects an unknown field', () => {
    const route = JSON.parse(JSON.stringify(find(appOf(environment('preview')), 'HTTPRoute', 'assistant')));
    route.spec.rules[0].sessionPersistence = { sessionName: 'assistant-session', type: 'Cookie' };
    expect(validator.validate(route)).toContainEqual({ path: '/spec/rules/0', message: 'unknown field "sessionPersistence"' });
    const policy = JSON.parse(JSON.stringify(find(appOf(environment('preview')), 'BackendTrafficPolicy', 'assistant')));
    policy.spec.rateLimit.local.rules[0].limit.burst = 50;
    expect(validator.validate(policy)).toContainEqual({ path: '/spec/rateLimit/local/rules/0/limit', message: 'unknown field "burst"' });
  });
});

// --- NetworkPolicies --------------------------------------------------------------------------

function flowsOf(env: ReturnType<typeof environment>, change?: (objects: K8sObject[]) => K8sObject[]): FlowResult[] {
  const objects = objectsOf(env).map((o) => JSON.parse(JSON.stringify(o)));
  return evaluateObjects(env, change ? change(objects) : objects);
}

const wrong = (results: readonly FlowResult[]) =>
  results.filter((f) => !f.ok).map((f) => `${f.source.name} -> ${f.destination.name} ${f.conn.port}/${f.conn.protocol}: expected ${f.expect}, got ${f.actual}`);

describe('the NetworkPolicies follow the edge', () => {
  const env = environment('preview');
  const app = appOf(env);
  const peerNamespaces = (policy: K8sObject) => policy.spec.ingress.flatMap((r: any) => r.from.map((p: any) => p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']));

  test('the app and the ACME solver admit the Gateway\'s data plane, not the ingress-nginx namespace', () => {
    expect(peerNamespaces(find(app, 'NetworkPolicy', 'assistant'))).toEqual(['envoy-gateway-system', env.monitoring.prometheusNamespace]);
    expect(peerNamespaces(find(app, 'NetworkPolicy', 'acme-http01-solver'))).toEqual(['envoy-gateway-system']);
    const moved = environmentWith('preview', { edge: { gatewayApi: { dataPlaneNamespace: 'gateway-proxies' } } });
    expect(peerNamespaces(find(appOf(moved), 'NetworkPolicy', 'assistant'))[0]).toBe('gateway-proxies');
  });

  test('with the old ingress-nginx peer left in the policies, the flow table of the gateway-api rendering fails', () => {
    const oldPeer = (objects: K8sObject[]) =>
      objects.map((o) => {
        if (o.kind !== 'NetworkPolicy' || !['assistant', 'acme-http01-solver'].includes(o.metadata.name)) return o;
        o.spec.ingress[0].from = [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': env.ingress.controllerNamespace } } }];
        return o;
      });
    expect(wrong(flowsOf(env, oldPeer))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^envoy-gateway-system\/envoy -> Deployment\/assistant 8501\/TCP: expected allow, got deny/),
        expect.stringMatching(/^envoy-gateway-system\/envoy -> cert-manager HTTP-01 solver 8089\/TCP: expected allow, got deny/),
        expect.stringMatching(/^ingress-nginx\/ingress-nginx-controller -> Deployment\/assistant 8501\/TCP: expected deny, got allow/),
      ]),
    );
  });

  test('dist/preview is the committed gateway-api rendering: its flow table is what the charts render', () => {
    expect(readObjects(path.join(DIST, 'preview')).some((o) => o.kind === 'HTTPRoute')).toBe(true);
    expect(wrong(evaluateFolder(env, path.join(DIST, 'preview')))).toEqual([]);
  });
});

// --- SLO metrics ------------------------------------------------------------------------------

describe('the SLO and edge alerts read the edge\'s own metrics', () => {
  const exprs = (name: string) => renderedGroups(environment(name)).flatMap((g) => g.rules.map((r) => r.expr)).join('\n');

  test('ingress-nginx environments read the controller\'s metrics, the gateway-api one Envoy\'s cluster stats of its HTTPRoute', () => {
    expect(exprs('prod')).toContain('nginx_ingress_controller_requests{');
    expect(exprs('prod')).not.toContain('envoy_');
    const preview = exprs('preview');
    expect(preview).not.toContain('nginx_ingress_controller');
    expect(preview).toContain('envoy_cluster_upstream_rq_xx{envoy_cluster_name=~"httproute/llm-stack-preview/assistant/rule/[0-9]+", envoy_response_code_class="5"}');
    // the latency SLI: the app rule only (not the websocket), at the 30 s bucket in milliseconds
    expect(preview).toContain('envoy_cluster_upstream_rq_time_bucket{envoy_cluster_name="httproute/llm-stack-preview/assistant/rule/0", le="30000"}');
  });

  test('no rate-limit alert where the edge has no per-route count of refusals (Envoy\'s local limit)', () => {
    expect(alertNames(environment('prod'))).toContain('AssistantRateLimitHitsHigh');
    expect(alertNames(environment('preview'))).not.toContain('AssistantRateLimitHitsHigh');
    expect(alertNames(environment('preview'))).toContain('IngressControllerMetricsAbsent');
  });
});
