import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { checksum } from '../lib/checksum';
import { disruptionBudget } from '../lib/disruption';
import { namespacedPeer, podPeer, ServiceEndpoint, tcpPort } from '../lib/endpoint';
import { APP_NAME, recommendedLabels, selectorLabels } from '../lib/labels';
import { identity } from './identities';
import { SecretSource } from '../lib/secret-source';
import { RunAs } from '../lib/security';
import { container, httpGetProbe, podTemplate, scratchVolume } from '../lib/workload';
import { imageVersion } from '../lib/image';
import { addDelivery } from './delivery';
import { addEdge, edgePeer } from './edge';

export { APP_NAME };
export const APP_PORT = 8501;
/** Port name of the app metrics contract (docs/metrics.md); its number is `monitoring.appMetricsPort`. */
export const APP_METRICS_PORT_NAME = 'metrics';
/** The app image's non-root user (uid/gid 1000). */
export const APP_RUN_AS: RunAs = { user: 1000, group: 1000 };

export interface DatabaseConnection extends ServiceEndpoint {
  readonly database: string;
  readonly user: string;
  /** Env var carrying the app user's password from a Secret reference. */
  readonly passwordEnv: (envName: string) => k8s.EnvVar;
}

export interface AppChartProps {
  readonly env: EnvironmentConfig;
  readonly chroma: ServiceEndpoint;
  readonly database: DatabaseConnection;
}

/** The API Integration Assistant: its workload, Service, edge (charts/edge/: Ingress or Gateway API), HPA, PDB and its network rules. */
export class AppChart extends Chart {
  /** The app pods' labels, for other components' NetworkPolicies. */
  readonly podLabels: Record<string, string>;
  readonly configMapName = `${APP_NAME}-config`;

  constructor(scope: Construct, id: string, props: AppChartProps) {
    const { env } = props;
    const app = env.app;
    const ident = identity('app', env.namespace, imageVersion(app.image));
    super(scope, id, { namespace: env.namespace, labels: recommendedLabels(ident) });
    const selector = selectorLabels(ident);
    this.podLabels = selector;
    const settings = app.settings;

    const config = new k8s.KubeConfigMap(this, 'config', {
      metadata: { name: this.configMapName },
      data: {
        ENVIRONMENT: env.tier,
        LLM_PROVIDER: settings.llmProvider,
        GROQ_MODEL: settings.groqModel,
        LOG_LEVEL: settings.logLevel,
        DEBUG: String(settings.debug),
        MAX_FILE_SIZE_MB: String(settings.maxFileSizeMb),
        ALLOWED_FILE_TYPES: settings.allowedFileTypes.join(','),
        RATE_LIMIT_REQUESTS_PER_MINUTE: String(settings.rateLimitRequestsPerMinute),
        RATE_LIMIT_BURST: String(settings.rateLimitBurst),
        EMBEDDING_CACHE_SIZE: String(settings.embeddingCacheSize),
        EMBEDDING_CACHE_TTL: String(settings.embeddingCacheTtlSeconds),
        QUERY_CACHE_SIZE: String(settings.queryCacheSize),
        QUERY_CACHE_TTL: String(settings.queryCacheTtlSeconds),
        QUERY_CACHE_SIMILARITY_THRESHOLD: String(settings.queryCacheSimilarityThreshold),
        CHROMA_HOST: props.chroma.host,
        CHROMA_PORT: String(props.chroma.port),
        CHROMA_COLLECTION_NAME: settings.chromaCollectionName,
        DATABASE_HOST: props.database.host,
        DATABASE_PORT: String(props.database.port),
        DATABASE_NAME: props.database.database,
        DATABASE_USER: props.database.user,
      },
    });

    const llmSecret = new SecretSource(this, 'llm-secret', {
      name: `${APP_NAME}-llm`,
      secrets: env.secrets,
      keys: { GROQ_API_KEY: env.secrets.remoteKeys.groqApiKey },
    });
    // Streamlit signs its session cookies with server.cookieSecret, a random value per process
    // unless set: behind a load balancer every replica must share one (Streamlit's config.toml
    // reference says so). Every config option is also read from STREAMLIT_<SECTION>_<OPTION>,
    // as STREAMLIT_SERVER_PORT below. Not run here: the app image is not available.
    const sessionSecret = new SecretSource(this, 'session-secret', {
      name: `${APP_NAME}-session`,
      secrets: env.secrets,
      keys: { 'cookie-secret': env.secrets.remoteKeys.streamlitCookieSecret },
    });

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: APP_NAME },
      automountServiceAccountToken: false,
    });

    const appContainer = container({
      name: APP_NAME,
      image: app.image,
      runAs: APP_RUN_AS,
      resources: app.resources,
      ports: [
        { name: 'http', containerPort: APP_PORT },
        { name: APP_METRICS_PORT_NAME, containerPort: env.monitoring.appMetricsPort },
      ],
      envFrom: [{ configMapRef: { name: this.configMapName } }],
      env: [
        llmSecret.envVar('GROQ_API_KEY', 'GROQ_API_KEY'),
        sessionSecret.envVar('STREAMLIT_SERVER_COOKIE_SECRET', 'cookie-secret'),
        props.database.passwordEnv('DATABASE_PASSWORD'),
        // Streamlit writes its config and caches under $HOME; the root filesystem is read-only.
        { name: 'HOME', value: '/tmp' },
        { name: 'STREAMLIT_SERVER_PORT', value: String(APP_PORT) },
        { name: 'STREAMLIT_SERVER_HEADLESS', value: 'true' },
        { name: 'STREAMLIT_BROWSER_GATHER_USAGE_STATS', value: 'false' },
      ],
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
      probes: {
        // Up to 2.5 minutes to load models and connect before liveness takes over.
        startup: httpGetProbe('/_stcore/health', 'http', { periodSeconds: 5, failureThreshold: 30, timeoutSeconds: 3 }),
        readiness: httpGetProbe('/_stcore/health', 'http', { periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 3 }),
        liveness: httpGetProbe('/_stcore/health', 'http', { periodSeconds: 20, failureThreshold: 3, timeoutSeconds: 5 }),
      },
      // Give the ingress controller time to drop the endpoint before the process stops.
      lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
    });

    const autoscaled = app.autoscaling.enabled;
    const replicas = autoscaled ? app.autoscaling.minReplicas : app.replicas;
    // One pod template for both delivery modes (charts/delivery/): the Deployment's, which the
    // canary's Rollout references.
    const workload = addDelivery(this, {
      env,
      name: APP_NAME,
      selector,
      podTemplate: (hashLabelKeys) =>
        podTemplate({
          labels: recommendedLabels(ident),
          annotations: { 'checksum/config': checksum(config.toJson().data) },
          serviceAccountName: APP_NAME,
          runAs: APP_RUN_AS,
          containers: [appContainer],
          volumes: [scratchVolume('tmp', '1Gi')],
          topologySpreadConstraints: [
            {
              maxSkew: app.topologySpread.maxSkew,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: app.topologySpread.nodes,
              labelSelector: { matchLabels: selector },
              matchLabelKeys: [...hashLabelKeys],
              // Tainted nodes the pods cannot run on are no spreading domains; left at Ignore they
              // count as empty nodes and DoNotSchedule caps the replicas.
              nodeTaintsPolicy: 'Honor',
            },
            {
              maxSkew: app.topologySpread.maxSkew,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: app.topologySpread.zones,
              labelSelector: { matchLabels: selector },
              matchLabelKeys: [...hashLabelKeys],
              nodeTaintsPolicy: 'Honor',
            },
          ],
        }),
    });

    new k8s.KubeService(this, 'service', {
      metadata: { name: APP_NAME },
      spec: {
        type: 'ClusterIP',
        selector,
        // `metrics` is for the ServiceMonitor only: the Ingress routes `http`.
        ports: [
          { name: 'http', port: APP_PORT, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP' },
          { name: APP_METRICS_PORT_NAME, port: env.monitoring.appMetricsPort, targetPort: k8s.IntOrString.fromString(APP_METRICS_PORT_NAME), protocol: 'TCP' },
        ],
      },
    });

    // The public entry point, as config's edge.kind chooses (charts/edge/).
    addEdge(this, 'edge', { env, serviceName: APP_NAME, portName: 'http', port: APP_PORT, sticky: replicas > 1 });

    if (autoscaled) {
      new k8s.KubeHorizontalPodAutoscalerV2(this, 'hpa', {
        metadata: { name: APP_NAME },
        spec: {
          scaleTargetRef: workload.scaleTarget,
          minReplicas: app.autoscaling.minReplicas,
          maxReplicas: app.autoscaling.maxReplicas,
          metrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: app.autoscaling.targetCpuUtilizationPercent } },
            },
          ],
          behavior: {
            // Scale down slowly: each pod holds live websocket sessions.
            scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] },
            scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: 'Percent', value: 100, periodSeconds: 60 }] },
          },
        },
      });
    }

    if (replicas >= 2) {
      disruptionBudget(this, APP_NAME, selector, app.maxUnavailable);
    }

    new k8s.KubeNetworkPolicy(this, 'netpol', {
      metadata: { name: APP_NAME },
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [edgePeer(env)], ports: [tcpPort(APP_PORT)] },
          // Prometheus scrapes the app metrics contract on its own port.
          { from: [namespacedPeer(env.monitoring.prometheusNamespace)], ports: [tcpPort(env.monitoring.appMetricsPort)] },
        ],
        egress: [
          { to: [podPeer(props.chroma.podLabels)], ports: [tcpPort(props.chroma.port)] },
          { to: [podPeer(props.database.podLabels)], ports: [tcpPort(props.database.port)] },
          // The LLM API (Groq) is on the internet: HTTPS to public addresses only, and never
          // to the Kubernetes API, even where its endpoint is public (when config names it).
          {
            to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_RANGES, ...publicApiServerCidrs(env)] } }],
            ports: [tcpPort(443)],
          },
        ],
      },
    });
  }
}

/** Private, link-local and carrier-grade NAT ranges: the cluster's own networks, never the LLM API. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'];

/** The API server's endpoint CIDRs (platform.kubernetesApi.cidrs) outside the private ranges; none while it is 0.0.0.0/0. */
function publicApiServerCidrs(env: EnvironmentConfig): string[] {
  const inPrivate = (cidr: string) => PRIVATE_RANGES.some((r) => cidrWithin(cidr, r));
  return env.platform.kubernetesApi.cidrs.filter((c) => !c.endsWith('/0') && !inPrivate(c));
}

/** Whether IPv4 block `inner` lies inside block `outer`. */
function cidrWithin(inner: string, outer: string): boolean {
  const parse = (c: string) => {
    const [ip, bits] = c.split('/');
    return { n: ip.split('.').reduce((a, p) => a * 256 + Number(p), 0), bits: Number(bits) };
  };
  const i = parse(inner);
  const o = parse(outer);
  const size = 2 ** (32 - o.bits);
  return i.bits >= o.bits && Math.floor(i.n / size) === Math.floor(o.n / size);
}
