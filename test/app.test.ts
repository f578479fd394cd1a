import { rateLimitAnnotations } from '../charts/edge/ingress-nginx';
import { environment, environmentWith, find, kinds, synthEnvironment } from './support/synth';

const appObjectsFor = (env: ReturnType<typeof environment>) => synthEnvironment(env).get('app')!;
const appObjects = (name: string) => appObjectsFor(environment(name));

describe('app Deployment', () => {
  const prod = appObjects('prod');
  const deployment = find(prod, 'Deployment', 'assistant');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  test('port 8501 and probes on /_stcore/health; the metrics contract on a port of its own', () => {
    // docs/metrics.md: the app serves its Prometheus metrics on `metrics`, which the Ingress never routes
    expect(container.ports).toEqual([
      { name: 'http', containerPort: 8501, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    ]);
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      expect(container[probe].httpGet).toEqual({ path: '/_stcore/health', port: 'http', scheme: 'HTTP' });
    }
  });

  test('uid 1000, read-only root, writable /tmp', () => {
    expect(pod.securityContext).toMatchObject({ runAsUser: 1000, runAsGroup: 1000, runAsNonRoot: true });
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    expect(pod.volumes).toContainEqual({ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } });
  });

  test('resources come from the environment', () => {
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } });
    const dev = find(appObjects('dev'), 'Deployment', 'assistant').spec.template.spec.containers[0];
    expect(dev.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
  });

  test('rolling updates never take a serving pod away first', () => {
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
  });

  test('spread across nodes and zones', () => {
    expect(pod.topologySpreadConstraints.map((c: any) => [c.topologyKey, c.whenUnsatisfiable])).toEqual([
      ['kubernetes.io/hostname', 'DoNotSchedule'],
      ['topology.kubernetes.io/zone', 'ScheduleAnyway'],
    ]);
  });

  test('an HPA-managed Deployment has no replicas; dev without HPA has exactly its replicas', () => {
    expect(deployment.spec.replicas).toBeUndefined();
    expect(find(appObjects('dev'), 'Deployment', 'assistant').spec.replicas).toBe(1);
  });

  test('the service account has token automount off, and so does the pod', () => {
    expect(find(prod, 'ServiceAccount', 'assistant').automountServiceAccountToken).toBe(false);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe('assistant');
  });

  test('GROQ_API_KEY and the database password are Secret references', () => {
    expect(container.env).toContainEqual({ name: 'GROQ_API_KEY', valueFrom: { secretKeyRef: { name: 'assistant-llm', key: 'GROQ_API_KEY' } } });
    expect(container.env).toContainEqual({ name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: 'postgresql-credentials', key: 'password' } } });
  });
});

describe('app ConfigMap', () => {
  test('carries the seed environment variables', () => {
    const data = find(appObjects('prod'), 'ConfigMap', 'assistant-config').data;
    expect(data).toMatchObject({
      LLM_PROVIDER: 'groq',
      ENVIRONMENT: 'production',
      LOG_LEVEL: 'INFO',
      DEBUG: 'false',
      MAX_FILE_SIZE_MB: '10',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '60',
      RATE_LIMIT_BURST: '10',
      EMBEDDING_CACHE_SIZE: '5000',
      EMBEDDING_CACHE_TTL: '3600',
      QUERY_CACHE_SIZE: '100',
      QUERY_CACHE_TTL: '1800',
      QUERY_CACHE_SIMILARITY_THRESHOLD: '0.95',
      CHROMA_COLLECTION_NAME: 'api_docs',
    });
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['GROQ_MODEL', 'ALLOWED_FILE_TYPES', 'CHROMA_HOST', 'CHROMA_PORT', 'DATABASE_HOST', 'DATABASE_PORT', 'DATABASE_NAME']));
    const dev = find(appObjects('dev'), 'ConfigMap', 'assistant-config').data;
    expect(dev).toMatchObject({ DEBUG: 'true', LOG_LEVEL: 'DEBUG', ENVIRONMENT: 'development' });
  });

  test('a config change changes the pod template checksum, so the pods roll', () => {
    const checksum = (objs: any[]) => find(objs, 'Deployment', 'assistant').spec.template.metadata.annotations['checksum/config'];
    const before = checksum(appObjects('prod'));
    const after = checksum(synthEnvironment(environmentWith('prod', { app: { settings: { logLevel: 'WARNING' } } })).get('app')!);
    expect(before).toMatch(/^[a-f0-9]{64}$/);
    expect(after).not.toBe(before);
    expect(checksum(appObjects('prod'))).toBe(before);
  });
});

describe('app Service and Ingress', () => {
  test('the Service exposes 8501 by name, and the metrics port for the ServiceMonitor', () => {
    const svc = find(appObjects('prod'), 'Service', 'assistant');
    expect(svc.spec.ports).toEqual([
      { name: 'http', port: 8501, targetPort: 'http', protocol: 'TCP' },
      { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
    ]);
  });

  test('class nginx, TLS from cert-manager, HTTPS only, limits from the seed', () => {
    const ingress = find(appObjects('prod'), 'Ingress', 'assistant');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['example.com'], secretName: 'assistant-tls' }]);
    expect(ingress.metadata.annotations).toMatchObject({
      'cert-manager.io/cluster-issuer': 'letsencrypt-production',
      'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true',
      'nginx.ingress.kubernetes.io/proxy-body-size': '10m',
      'nginx.ingress.kubernetes.io/limit-rps': '10',
      'nginx.ingress.kubernetes.io/limit-burst-multiplier': '5',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '3600',
      'nginx.ingress.kubernetes.io/custom-headers': 'llm-stack-prod/assistant-security-headers',
    });
    const headers = find(appObjects('prod'), 'ConfigMap', 'assistant-security-headers').data;
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  test('cookie affinity only where more than one replica serves', () => {
    const affinity = (name: string) => find(appObjects(name), 'Ingress', 'assistant').metadata.annotations['nginx.ingress.kubernetes.io/affinity'];
    expect(affinity('prod')).toBe('cookie');
    expect(affinity('staging')).toBe('cookie');
    expect(affinity('dev')).toBeUndefined();
  });

  test('dev uses the staging issuer and its own host', () => {
    const ingress = find(appObjects('dev'), 'Ingress', 'assistant');
    expect(ingress.metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt-staging');
    expect(ingress.spec.rules[0].host).toBe('dev.example.com');
  });

  test('the Ingress limit admits a cold Streamlit page load from one address', () => {
    // A first visit fetches index.html, 20-40 JS/CSS/font chunks and opens the websocket within
    // a second. ingress-nginx admits rate x (1 + multiplier) requests in the first second
    // (limit_req burst=rate x multiplier on top of the rate); the old limit of 1 r/s burst 10
    // refused most of a page load.
    const pageLoad = 40;
    for (const env of ['dev', 'staging', 'prod']) {
      const a = find(appObjects(env), 'Ingress', 'assistant').metadata.annotations;
      const rps = Number(a['nginx.ingress.kubernetes.io/limit-rps']);
      const burst = rps * Number(a['nginx.ingress.kubernetes.io/limit-burst-multiplier']);
      expect(rps + burst).toBeGreaterThanOrEqual(pageLoad);
      expect(a['nginx.ingress.kubernetes.io/limit-rpm']).toBeUndefined();
    }
  });

  test('the Ingress limit comes from ingress.rateLimit, not from the app limiter settings', () => {
    expect(rateLimitAnnotations({ requestsPerSecond: 20, burstMultiplier: 3 })).toEqual({
      'nginx.ingress.kubernetes.io/limit-rps': '20',
      'nginx.ingress.kubernetes.io/limit-burst-multiplier': '3',
    });
    const custom = appObjectsFor(environmentWith('prod', { ingress: { rateLimit: { requestsPerSecond: 25 } }, app: { settings: { rateLimitRequestsPerMinute: 90 } } }));
    const a = find(custom, 'Ingress', 'assistant').metadata.annotations;
    expect(a['nginx.ingress.kubernetes.io/limit-rps']).toBe('25');
    expect(find(custom, 'ConfigMap', 'assistant-config').data.RATE_LIMIT_REQUESTS_PER_MINUTE).toBe('90');
    expect(() => environmentWith('prod', { ingress: { rateLimit: { burstMultiplier: 0 } } })).toThrow(
      'config[prod].ingress.rateLimit.burstMultiplier: must be >= 1, got 0',
    );
  });

  test('every replica gets the same Streamlit cookie secret, from a Secret', () => {
    for (const env of ['dev', 'prod']) {
      const objects = appObjects(env);
      const c = find(objects, 'Deployment', 'assistant').spec.template.spec.containers[0];
      expect(c.env).toContainEqual({
        name: 'STREAMLIT_SERVER_COOKIE_SECRET',
        valueFrom: { secretKeyRef: { name: 'assistant-session', key: 'cookie-secret' } },
      });
    }
    const es = find(appObjects('prod'), 'ExternalSecret', 'assistant-session');
    expect(es.spec.data).toEqual([{ secretKey: 'cookie-secret', remoteRef: { key: 'llm-stack/streamlit-cookie-secret' } }]);
  });

  test('topology spread honours node taints, so tainted nodes are no empty domains', () => {
    const spread = find(appObjects('prod'), 'Deployment', 'assistant').spec.template.spec.topologySpreadConstraints;
    expect(spread.map((c: { nodeTaintsPolicy?: string }) => c.nodeTaintsPolicy)).toEqual(['Honor', 'Honor']);
  });
});

describe('app HPA and PDB', () => {
  test('autoscaling/v2 on CPU at 75% with the environment bounds', () => {
    const prodHpa = find(appObjects('prod'), 'HorizontalPodAutoscaler', 'assistant');
    expect(prodHpa.apiVersion).toBe('autoscaling/v2');
    expect(prodHpa.spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'assistant' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 75 } } }],
    });
    expect(find(appObjects('staging'), 'HorizontalPodAutoscaler', 'assistant').spec).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(kinds(appObjects('dev'), 'HorizontalPodAutoscaler')).toEqual([]);
  });

  test('a PDB where two or more replicas run', () => {
    expect(find(appObjects('prod'), 'PodDisruptionBudget', 'assistant').spec).toMatchObject({ maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
    expect(kinds(appObjects('dev'), 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('app NetworkPolicy', () => {
  const policy = find(appObjects('prod'), 'NetworkPolicy', 'assistant');
  test('admits ingress-nginx on 8501 and Prometheus on the metrics port only', () => {
    expect(policy.spec.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ protocol: 'TCP', port: 8501 }] },
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ protocol: 'TCP', port: 9090 }] },
    ]);
  });
  test('egress to Chroma, PostgreSQL and public HTTPS only', () => {
    expect(policy.spec.egress.map((r: any) => r.ports.map((p: any) => p.port))).toEqual([[8000], [5432], [443]]);
    expect(policy.spec.egress[2].to[0].ipBlock.except).toContain('10.0.0.0/8');
  });
});
