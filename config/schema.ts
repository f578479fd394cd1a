import { z } from 'zod';
import { decommissionedGroqModel, GROQ_DEPRECATIONS_URL } from './groq-models';
import { checkPostgresMemory } from './postgres-memory';
import { ENVOY_BUCKETS_MS } from './edge';
import { canary } from './canary';
import { AWS_CLI_DEFAULT_TAG, AWS_CLI_MIN_VERSION, awsCliTooOld } from './aws-cli';
import {
  byteQuantity,
  cpuQuantity,
  cronSchedule,
  dnsLabel,
  dnsSubdomain,
  email,
  hostName,
  imageDigest,
  imageRepository,
  imageTag,
  labelValue,
  namespace,
  noCredentials,
  nonNegativeInt,
  positiveInt,
  postgresRole,
  promDuration,
  quantityAtMost,
  sqlIdentifier,
  timeZone,
  urlCredentials,
} from './validators';

// zod compiles a fast parser per object schema on first use; for the few files parsed per
// synth that compilation costs more than it saves (about 60 ms of a one-second synth).
z.config({ jitless: true });

// The one source of the configuration's types, defaults and descriptions.
// config/base.yaml and config/environments/<env>.yaml are merged over these defaults
// and parsed by config/load.ts; docs/configuration.md is generated from this file.

/** The fields of an image: rendered `repository:tag`, `repository:tag@digest` or `repository@digest` (lib/image.ts). */
const imageFields = (repository: string, tagDescription: string) => ({
  repository: imageRepository().default(repository).describe('Image repository (OCI reference grammar, lower case), without tag or digest.'),
  tag: imageTag().optional().describe(tagDescription),
  digest: imageDigest()
    .optional()
    .describe('Manifest digest (`sha256:` and 64 hex digits) that pins the image; with a tag the image is `repository:tag@digest`, alone `repository@digest`.'),
});

/**
 * A third-party image with a pinned default tag. The default tag applies unless a tag or a
 * digest is given, so `digest:` alone pins `repository@digest`.
 */
const image = (repository: string, tag: string) =>
  z
    .strictObject(imageFields(repository, `Pinned image tag (never latest); default \`${tag}\` unless a digest is given. It becomes the app.kubernetes.io/version label.`))
    .prefault({})
    .transform((img) => (img.tag === undefined && img.digest === undefined ? { ...img, tag } : img))
    .describe('Container image.');

/** The app's own image: no default tag, base.yaml or the environment file names the release. */
const releaseImage = (repository: string) =>
  z
    .strictObject(imageFields(repository, 'Pinned image tag of the release (never latest); required unless a digest is given. It becomes the app.kubernetes.io/version label.'))
    .superRefine((img, ctx) => {
      if (img.tag === undefined && img.digest === undefined) {
        ctx.addIssue({ code: 'custom', path: ['tag'], message: 'is required: a pinned image tag such as 1.2.3 (or a digest)' });
      }
    })
    .describe('Container image.');

const resources = (requests: { cpu: string; memory: string }, limits: { cpu: string; memory: string }) =>
  z
    .strictObject({
      requests: z
        .strictObject({
          cpu: cpuQuantity().default(requests.cpu).describe('CPU request.'),
          memory: byteQuantity().default(requests.memory).describe('Memory request (whole bytes).'),
        })
        .prefault({}),
      limits: z
        .strictObject({
          cpu: cpuQuantity().default(limits.cpu).describe('CPU limit.'),
          memory: byteQuantity().default(limits.memory).describe('Memory limit (whole bytes).'),
        })
        .prefault({}),
    })
    .prefault({})
    .superRefine((r, ctx) => {
      // The API server refuses a container whose request exceeds its limit (core/v1 validation).
      for (const res of ['cpu', 'memory'] as const) {
        if (!quantityAtMost(r.requests[res], r.limits[res])) {
          ctx.addIssue({ code: 'custom', path: ['requests', res], message: `must be <= limits.${res} (${r.limits[res]})` });
        }
      }
    })
    .describe('Container resource requests and limits.');

const storage = (size: string) =>
  z
    .strictObject({
      size: byteQuantity().default(size).describe('Volume size (whole bytes, greater than 0).'),
      storageClassName: dnsSubdomain()
        .optional()
        .describe('StorageClass of the volume; unset uses the cluster default.'),
    })
    .prefault({});

const topologySpread = z
  .strictObject({
    maxSkew: positiveInt().default(1).describe('Largest allowed difference in pod count between nodes or zones.'),
    nodes: z
      .enum(['DoNotSchedule', 'ScheduleAnyway'])
      .default('DoNotSchedule')
      .describe('What the scheduler does when spreading across nodes cannot be met.'),
    zones: z
      .enum(['DoNotSchedule', 'ScheduleAnyway'])
      .default('ScheduleAnyway')
      .describe('What the scheduler does when spreading across zones cannot be met.'),
  })
  .prefault({})
  .describe('Topology spread of the app pods across nodes and zones.');

const appSettings = z
  .strictObject({
    llmProvider: z.enum(['groq', 'openai', 'ollama']).default('groq').describe('LLM_PROVIDER.'),
    groqModel: z
      .string()
      .min(1)
      .refine((m) => decommissionedGroqModel(m) === undefined, {
        error: `must be a model Groq still serves, not a decommissioned one (see ${GROQ_DEPRECATIONS_URL})`,
      })
      .default('openai/gpt-oss-120b')
      .describe(
        `GROQ_MODEL: a Groq production model id. Groq retires models on a schedule; check ${GROQ_DEPRECATIONS_URL} before each release (mixtral-8x7b-32768 went on 2025-03-20, llama-3.3-70b-versatile on 2026-08-16).`,
      ),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']).default('INFO').describe('LOG_LEVEL.'),
    debug: z.boolean().default(false).describe('DEBUG.'),
    maxFileSizeMb: positiveInt().default(10).describe('MAX_FILE_SIZE_MB; also sets the Ingress body size limit.'),
    allowedFileTypes: z
      .array(z.string().regex(/^\.[a-z0-9]+$/, { error: 'must be a file extension such as .pdf' }))
      .min(1)
      .default(['.txt', '.pdf', '.md', '.json', '.yaml', '.yml', '.py', '.js', '.html', '.css'])
      .describe('ALLOWED_FILE_TYPES.'),
    embeddingCacheSize: positiveInt().default(5000).describe('EMBEDDING_CACHE_SIZE.'),
    embeddingCacheTtlSeconds: positiveInt().default(3600).describe('EMBEDDING_CACHE_TTL.'),
    queryCacheSize: positiveInt().default(100).describe('QUERY_CACHE_SIZE.'),
    queryCacheTtlSeconds: positiveInt().default(1800).describe('QUERY_CACHE_TTL.'),
    queryCacheSimilarityThreshold: z
      .number()
      .min(0, { error: 'must be >= 0' })
      .max(1, { error: 'must be <= 1' })
      .default(0.95)
      .describe('QUERY_CACHE_SIMILARITY_THRESHOLD.'),
    rateLimitRequestsPerMinute: positiveInt().default(60).describe('RATE_LIMIT_REQUESTS_PER_MINUTE: the app\'s own limit on questions per user (the Ingress limit is `ingress.rateLimit`).'),
    rateLimitBurst: positiveInt().default(10).describe('RATE_LIMIT_BURST: the burst of the app\'s own limiter.'),
    chromaCollectionName: z.string().min(1).default('api_docs').describe('CHROMA_COLLECTION_NAME.'),
  })
  .prefault({})
  .describe('Application settings rendered into the app ConfigMap.');

const autoscaling = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Create a HorizontalPodAutoscaler; the Deployment then has no replicas field.'),
    minReplicas: positiveInt().default(2).describe('HPA minimum replicas.'),
    maxReplicas: positiveInt().default(10).describe('HPA maximum replicas.'),
    targetCpuUtilizationPercent: z
      .number()
      .int()
      .min(10, { error: 'must be >= 10' })
      .max(100, { error: 'must be <= 100' })
      .default(75)
      .describe('Average CPU utilisation (percent of requests) the HPA aims for.'),
  })
  .prefault({})
  .superRefine((a, ctx) => {
    if (a.maxReplicas < a.minReplicas) {
      ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: `must be >= minReplicas (${a.minReplicas})` });
    }
  });

const app = z
  .strictObject({
    image: releaseImage('ghcr.io/example/api-integration-assistant'),
    replicas: nonNegativeInt()
      .default(2)
      .describe('Replicas when autoscaling is off.'),
    autoscaling,
    resources: resources({ cpu: '250m', memory: '512Mi' }, { cpu: '1', memory: '1Gi' }),
    maxUnavailable: positiveInt().default(1).describe('PodDisruptionBudget maxUnavailable (a PDB exists when 2 or more replicas run).'),
    topologySpread,
    delivery: z
      .enum(['rolling', 'canary'])
      .default('rolling')
      .describe('How a new version replaces the old: `rolling` (a Deployment rolling update) or `canary` (an Argo Rollouts v1.9.1 canary gated by Prometheus analysis, settings in `app.canary`; docs/delivery.md).'),
    canary,
    settings: appSettings,
    migration: z
      .strictObject({
        command: z.array(z.string().min(1)).min(1).default(['alembic', 'upgrade', 'head']).describe('Schema migration command run from the app image.'),
        activeDeadlineSeconds: positiveInt().default(600).describe('Time limit of the migration Job.'),
        backoffLimit: nonNegativeInt().max(10, { error: 'must be <= 10' }).default(2).describe('Retries of the migration Job.'),
      })
      .prefault({})
      .describe('Database schema migration Job.'),
  })
  .describe('The API Integration Assistant web app.');

const ingress = z
  .strictObject({
    className: dnsSubdomain().default('nginx').describe('IngressClass name.'),
    controllerNamespace: dnsLabel().default('ingress-nginx').describe('Namespace of the ingress controller, admitted to the app by NetworkPolicy.'),
    host: hostName().optional().describe('Public host; default `<domain>` for production tier, `<env>.<domain>` otherwise.'),
    clusterIssuer: z
      .enum(['letsencrypt-staging', 'letsencrypt-production'])
      .optional()
      .describe('cert-manager ClusterIssuer; default letsencrypt-production for production tier, letsencrypt-staging otherwise.'),
    websocketTimeoutSeconds: positiveInt().default(3600).describe('Proxy read/send timeout, long enough for Streamlit websockets; with edge.kind gateway-api the HTTPRoute rules\' request timeout, which bounds a whole websocket session (docs/edge.md).'),
    hstsMaxAgeSeconds: positiveInt().default(31536000).describe('Strict-Transport-Security max-age.'),
    rateLimit: z
      .strictObject({
        requestsPerSecond: positiveInt()
          .max(1000, { error: 'must be <= 1000' })
          .default(10)
          .describe('Steady requests per second per client address (ingress-nginx limit-rps). Counts every HTTP request: one Streamlit page load fetches 20-40 static assets.'),
        burstMultiplier: positiveInt()
          .max(100, { error: 'must be <= 100' })
          .default(5)
          .describe('Burst allowed above the rate, as a multiple of it (limit-burst-multiplier): 10 x 5 = 50 requests, one cold page load.'),
      })
      .prefault({})
      .describe('Per-client request limit at the Ingress. Needs the real client address (docs/deployment.md, "Client addresses and rate limits") and answers 429 only with the controller setting limit-req-status-code.'),
  })
  .prefault({})
  .describe('Public entry point with cert-manager, for either edge (`edge.kind`): host, issuer, timeouts, HSTS and rate limit; `className` and `controllerNamespace` are ingress-nginx\'s.');

const remoteKey = (key: string) =>
  z
    .strictObject({
      key: z.string().min(1).default(key).describe('Key in the external secret store.'),
      property: z.string().min(1).optional().describe('Property within the key, for JSON secrets.'),
    })
    .prefault({});

const secrets = z
  .strictObject({
    mode: z
      .enum(['external-secrets', 'existing'])
      .default('external-secrets')
      .describe('external-secrets: ExternalSecret objects fill the Secrets; existing: an operator creates them by hand.'),
    storeName: dnsLabel().default('llm-stack').describe('ClusterSecretStore the ExternalSecrets read from.'),
    refreshInterval: z
      .string()
      .regex(/^\d+(s|m|h)$/, { error: 'must be a duration such as 30m or 1h' })
      .default('1h')
      .describe('How often external-secrets re-reads the store.'),
    remoteKeys: z
      .strictObject({
        groqApiKey: remoteKey('llm-stack/groq-api-key').describe('GROQ_API_KEY.'),
        streamlitCookieSecret: remoteKey('llm-stack/streamlit-cookie-secret').describe('STREAMLIT_SERVER_COOKIE_SECRET: one random value shared by every app replica, so a session cookie signed by one pod is valid on the others.'),
        postgresPassword: remoteKey('llm-stack/postgres-password').describe('Password of the app database user.'),
        postgresSuperuserPassword: remoteKey('llm-stack/postgres-superuser-password').describe('Password of the postgres superuser.'),
        backupS3AccessKeyId: remoteKey('llm-stack/backup-s3-access-key-id').describe('Access key id for off-site backups.'),
        backupS3SecretAccessKey: remoteKey('llm-stack/backup-s3-secret-access-key').describe('Secret access key for off-site backups.'),
      })
      .prefault({}),
  })
  .prefault({})
  .describe('Where Secret values come from. dist/ never holds a secret value.');

const ipv4Cidr = () =>
  z.string().regex(/^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/, {
    error: 'must be an IPv4 CIDR such as 10.0.0.0/8',
  });

const tcpPortNumber = () => positiveInt().max(65535, { error: 'must be <= 65535' });

const platform = z
  .strictObject({
    quota: z
      .strictObject({
        requestsCpu: cpuQuantity().default('8').describe('ResourceQuota requests.cpu; synth checks that the workloads fit at full scale.'),
        requestsMemory: byteQuantity().default('16Gi').describe('ResourceQuota requests.memory.'),
        limitsCpu: cpuQuantity().default('24').describe('ResourceQuota limits.cpu.'),
        limitsMemory: byteQuantity().default('32Gi').describe('ResourceQuota limits.memory.'),
        requestsStorage: byteQuantity().default('200Gi').describe('ResourceQuota requests.storage.'),
        persistentVolumeClaims: positiveInt().default(10).describe('ResourceQuota persistentvolumeclaims.'),
        pods: positiveInt().default(50).describe('ResourceQuota pods.'),
      })
      .prefault({}),
    dns: z
      .strictObject({
        namespace: dnsLabel().default('kube-system').describe('Namespace of the cluster DNS pods.'),
        podLabels: z.record(z.string(), labelValue()).default({ 'k8s-app': 'kube-dns' }).describe('Labels of the cluster DNS pods.'),
        nodeLocalAddresses: z
          .array(
            z.string().regex(/^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/, {
              error: 'must be an IPv4 address such as 169.254.20.10',
            }),
          )
          .default(['169.254.20.10', '169.254.169.254'])
          .describe(
            'Resolvers on the node that no pod selector matches, allowed on UDP and TCP 53 besides the cluster DNS pods: NodeLocal DNSCache (169.254.20.10) and GKE\'s metadata server (169.254.169.254, GKE Cloud DNS). [] on a cluster with neither.',
          ),
      })
      .prefault({})
      .describe('Cluster DNS, the one egress every pod is allowed.'),
    kubernetesApi: z
      .strictObject({
        cidrs: z
          .array(ipv4Cidr())
          .min(1, { error: 'must list at least one CIDR' })
          .default(['0.0.0.0/0'])
          .describe('Addresses of the Kubernetes API server endpoints (kubectl get endpoints kubernetes -n default). 0.0.0.0/0 while unknown; the app\'s internet egress excludes the public ones.'),
        ports: z
          .array(tcpPortNumber())
          .min(1, { error: 'must list at least one port' })
          .default([443, 6443])
          .describe('Ports of the Kubernetes API server endpoints (443 on most managed clusters, 6443 on kubeadm, kind and k3s).'),
      })
      .prefault({})
      .describe('The Kubernetes API server, for the NetworkPolicy egress of the pods that talk to it: the Chroma snapshot jobs (backup.chroma.mode: snapshot) and the CloudNativePG instances and poolers.'),
    containerDefaults: resources({ cpu: '100m', memory: '128Mi' }, { cpu: '500m', memory: '512Mi' }).describe(
      'LimitRange defaults for a container that sets no resources.',
    ),
  })
  .prefault({})
  .describe('Namespace guard rails.');

const chroma = z
  .strictObject({
    // 1.5.9: the newest 1.5.x release tag of chroma-core/chroma (rust/Dockerfile target cli).
    image: image('chromadb/chroma', '1.5.9'),
    resources: resources({ cpu: '250m', memory: '512Mi' }, { cpu: '1', memory: '2Gi' }),
    storage: storage('10Gi').describe('The /data volume.'),
  })
  .prefault({})
  .describe('Chroma vector database (one replica).');

const cloudnativePg = z
  .strictObject({
    instances: positiveInt()
      .max(9, { error: 'must be <= 9' })
      .default(3)
      .describe('PostgreSQL instances of the Cluster: one primary, the others streaming hot standbys (failover targets, and the read-only service the logical dumps read from). Production 3, staging 2, development 1 (config/tiers.yaml).'),
    // The CloudNativePG operand image of the same major and minor as `image` (17.6): the
    // `standard` flavour (Debian bookworm) that works with the Barman Cloud plugin
    // (cloudnative-pg/postgres-containers README, "Image Types").
    image: image('ghcr.io/cloudnative-pg/postgresql', '17.6-standard-bookworm').describe(
      'Operand image (ghcr.io/cloudnative-pg/postgresql, `<major>.<minor>-standard-<debian>`), the same major version as `image`; the logical dump jobs keep using `image`.',
    ),
    walStorage: storage('10Gi').describe('The separate WAL volume of each instance (spec.walStorage): WAL waiting to be archived piles up here while the object storage is unreachable.'),
    primaryUpdateStrategy: z
      .enum(['unsupervised', 'supervised'])
      .default('unsupervised')
      .describe(
        'unsupervised: after an image or configuration change the operator updates the standbys, then the primary on its own; supervised: it waits for `kubectl cnpg promote` (docs/deployment.md, "CloudNativePG mode"). Production syncs by hand in Argo CD already, so the update runs when someone syncs.',
      ),
    primaryUpdateMethod: z
      .enum(['switchover', 'restart'])
      .default('switchover')
      .describe('How the primary is updated last: switchover to an updated standby (seconds of unavailability), or restart in place (needs no standby; development).'),
    switchoverDelay: positiveInt()
      .max(3600, { error: 'must be <= 3600' })
      .default(300)
      .describe(
        'Seconds the old primary gets to shut down and archive its last WAL during a switchover before it is stopped hard (the operator\'s default is 3600). 300: a switchover never leaves the cluster without a primary for more than 5 minutes (RTO 1 h), while a working archiver ships the few pending WAL files within seconds.',
      ),
    sidecarResources: resources({ cpu: '50m', memory: '64Mi' }, { cpu: '500m', memory: '256Mi' }).describe(
      'Resources of the Barman Cloud plugin sidecar the plugin adds to each instance pod (ObjectStore instanceSidecarConfiguration); counted in the quota check.',
    ),
    baseBackupSchedule: cronSchedule()
      .optional()
      .describe(
        'When the daily physical base backup (ScheduledBackup) runs: five cron fields, in UTC (the operator has no time zone setting). Default: `backup.schedule`, which needs `backup.timeZone` Etc/UTC (or UTC) then.',
      ),
    operatorNamespace: dnsLabel()
      .default('cnpg-system')
      .describe('Namespace of the CloudNativePG operator (and of the Barman Cloud plugin): it reaches the instances on the status port 8000 and 5432 (NetworkPolicy).'),
    pooler: z
      .strictObject({
        enabled: z.boolean().default(false).describe('A PgBouncer Pooler (type rw, transaction pooling) in front of the primary; the app and the migration then connect through it (docs/deployment.md, "Connection pooling").'),
        instances: positiveInt().max(10, { error: 'must be <= 10' }).default(2).describe('PgBouncer pods.'),
        defaultPoolSize: positiveInt().default(20).describe('PgBouncer default_pool_size: server connections per user and database, per PgBouncer pod (instances x this must stay below maxConnections).'),
        maxClientConn: positiveInt().default(500).describe('PgBouncer max_client_conn: client connections each PgBouncer pod accepts.'),
        maxPreparedStatements: nonNegativeInt()
          .optional()
          .describe('PgBouncer max_prepared_statements: protocol-level prepared statements PgBouncer tracks per server connection (0 turns the support off); unset keeps PgBouncer\'s default.'),
        resources: resources({ cpu: '50m', memory: '64Mi' }, { cpu: '500m', memory: '256Mi' }),
      })
      .prefault({})
      .describe('Connection pooling with the CloudNativePG Pooler (PgBouncer).'),
  })
  .prefault({})
  .describe('The CloudNativePG Cluster (`engine: cloudnative-pg`); ignored by the statefulset engine.');

const postgres = z
  .strictObject({
    image: image('postgres', '17.6-bookworm'),
    database: sqlIdentifier()
      .default('assistant')
      .describe('Database the app uses.'),
    user: postgresRole()
      .refine((u) => !['postgres', 'metrics'].includes(u), { error: 'must not be a reserved role (postgres, metrics)' })
      .default('assistant')
      .describe('Role the app logs in as (owner of the database, not a superuser); not pg_*, public, none, postgres or metrics, and no SQL reserved word.'),
    maxConnections: positiveInt().min(10, { error: 'must be >= 10' }).max(10000, { error: 'must be <= 10000' }).default(100).describe('max_connections.'),
    sharedBuffers: z
      .string()
      .regex(/^\d+(kB|MB|GB)$/, { error: 'must be a PostgreSQL size such as 128MB' })
      .default('256MB')
      .describe('shared_buffers (about a quarter of the memory limit).'),
    shmSizeLimit: byteQuantity()
      .default('256Mi')
      .describe(
        'Size of /dev/shm (a memory-backed emptyDir) where parallel queries put their dynamic shared memory. It counts against the memory limit: shared_buffers + shmSizeLimit + 2Mi per connection must fit in resources.limits.memory.',
      ),
    resources: resources({ cpu: '250m', memory: '1Gi' }, { cpu: '2', memory: '2Gi' }),
    storage: storage('20Gi').describe('The data volume (volumeClaimTemplate).'),
    passwordSync: z
      .strictObject({
        intervalSeconds: positiveInt().max(3600, { error: 'must be <= 3600' }).default(30).describe('How often the sidecar compares the mounted Secret with what it last applied.'),
        resources: resources({ cpu: '10m', memory: '32Mi' }, { cpu: '100m', memory: '64Mi' }),
      })
      .prefault({})
      .describe(
        'password-sync sidecar: applies the passwords of the postgresql-credentials Secret to the postgres and app roles (ALTER ROLE over the pod-local socket) whenever the Secret changes (docs/deployment.md, "Rotating the database passwords").',
      ),
    exporter: z
      .strictObject({
        image: image('quay.io/prometheuscommunity/postgres-exporter', 'v0.17.1'),
        resources: resources({ cpu: '50m', memory: '64Mi' }, { cpu: '200m', memory: '128Mi' }),
      })
      .prefault({})
      .describe('postgres-exporter sidecar (port 9187).'),
    engine: z
      .enum(['statefulset', 'cloudnative-pg'])
      .default('statefulset')
      .describe(
        'statefulset: one primary in a StatefulSet (official image, nightly logical dumps: RPO 24 h); cloudnative-pg: a CloudNativePG v1.30 Cluster (streaming replicas, automated failover, WAL archiving and base backups to `backup.offsite` through the Barman Cloud plugin v0.14, point-in-time recovery), with the same logical dumps besides. Needs the operator and the plugin installed (docs/deployment.md, "CloudNativePG mode") and `backup.offsite.enabled`. database, user, maxConnections, sharedBuffers, shmSizeLimit, resources and storage keep their meaning; `image` still runs the dump jobs; passwordSync and exporter are the StatefulSet\'s only (the operator applies password changes and exports metrics itself).',
      ),
    cloudnativePg: cloudnativePg,
  })
  .prefault({})
  .superRefine(checkPostgresMemory)
  .describe('PostgreSQL: the official image in a StatefulSet (one primary), or a CloudNativePG Cluster (`engine`).');

// --- monitoring: field validators used only by this section ---

/** A Prometheus label name. */
const promLabelName = () =>
  z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, { error: 'must be a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)' });

/** Kubernetes labels: `[prefix/]name` keys and values of at most 63 characters. */
const k8sLabels = (defaults: Record<string, string>) =>
  z
    .record(
      z.string(),
      z.string().regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/, { error: 'must be a Kubernetes label value (at most 63 characters)' }),
    )
    .superRefine((labels, ctx) => {
      // Checked here rather than as the record's key schema, so the message names the key.
      for (const key of Object.keys(labels)) {
        if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(key)) {
          ctx.addIssue({ code: 'custom', message: `key ${JSON.stringify(key)} must be a Kubernetes label key such as release or example.com/team` });
        }
      }
    })
    .default(defaults);

/** A percentage strictly between 0 and 100. */
const percent = (def: number) =>
  z.number().gt(0, { error: 'must be > 0' }).lt(100, { error: 'must be < 100' }).default(def);

const positiveNumber = (def: number) => z.number().gt(0, { error: 'must be > 0' }).default(def);

const severityLevel = z.enum(['critical', 'warning', 'info']);

const monitoringSeverity = z
  .strictObject({
    page: severityLevel
      .optional()
      .describe('Severity of the alerts that need a person now (service down, SLO burning fast). Default by tier: production `critical`, staging `warning`, development `info`.'),
    ticket: severityLevel
      .optional()
      .describe('Severity of the alerts that can wait for working hours. Default by tier: production `warning`, staging `warning`, development `info`.'),
  })
  .prefault({})
  .describe(
    'Severity label of the alerts by urgency. Alertmanager routes on `severity` and `namespace` (docs/alertmanager.example.yaml): only `critical` pages. Staging may use at most `warning`, development only `info`, so they never page.',
  );

const monitoringSlo = z
  .strictObject({
    availabilityPercent: percent(99.5).describe('Availability SLO: share of requests at the ingress controller not answered with a 5xx (SPEC 2.10: 99.5 % prod, 99 % staging).'),
    latencyPercent: percent(95).describe('Latency SLO: share of requests served within `latencySeconds` (seed 001: p95 within 30 s).'),
    latencySeconds: positiveNumber(30).describe(
      'Latency SLO threshold; must be one of the ingress controller\'s histogram buckets (`--time-buckets`, see docs/metrics.md), since the SLI reads the `le` bucket of this value.',
    ),
    windowDays: positiveInt().default(30).describe('SLO window in days; the error budget is (100 - SLO) % of the requests in this window.'),
  })
  .prefault({})
  .describe('Service level objectives of the app, measured at the ingress controller; the burn-rate alerts follow the Google SRE workbook (SPEC 2.10).');

const monitoringThresholds = z
  .strictObject({
    latencyP95Seconds: positiveNumber(30).describe('AssistantHighLatencyP95: p95 request duration at the ingress controller above this many seconds (seed: 30 s).'),
    errorRatePercent: percent(1).describe('AssistantHighErrorRate: share of requests the ingress controller answers with a 5xx (seed: 1 %).'),
    cpuPercentOfLimit: percent(80).describe('AssistantHighCpu: CPU use of a pod as a percentage of its CPU limit (seed: 80 %).'),
    cpuFor: promDuration().default('5m').describe('AssistantHighCpu: how long the CPU use must stay above the threshold (seed: 5 minutes).'),
    memoryPercentOfLimit: percent(90).describe('AssistantHighMemory: working-set memory as a percentage of the memory limit (seed: 90 %).'),
    rateLimitHitsPerHour: positiveNumber(100).describe('AssistantRateLimitHitsHigh: requests the Ingress rate limit answered with 429 in the last hour (seed: 100).'),
    crashLoopFor: promDuration().default('15m').describe('ContainerCrashLooping: how long a container must keep waiting in CrashLoopBackOff (kubernetes-mixin: 15 minutes).'),
    podNotReadyFor: promDuration().default('15m').describe('PodNotReady: how long a running pod may stay not ready.'),
    pvcPendingFor: promDuration().default('15m').describe('PersistentVolumeClaimPending: how long a claim may stay Pending.'),
    resourceQuotaPercent: percent(90).describe('ResourceQuotaAlmostFull: used share of any resource of the namespace\'s ResourceQuota.'),
    postgresConnectionsPercent: percent(80).describe('PostgresqlTooManyConnections: connections as a percentage of the connections left for non-superusers (max_connections - superuser_reserved_connections).'),
    postgresDeadlocks: nonNegativeInt()
      .default(0)
      .describe('PostgresqlDeadlocks: alert when more than this many deadlocks occur within 10 minutes (0: any deadlock).'),
    postgresLongTransactionSeconds: positiveNumber(600).describe('PostgresqlLongTransaction: age of the oldest active transaction.'),
    postgresIdleInTransactionSeconds: positiveNumber(300).describe('PostgresqlIdleInTransaction: age of the oldest transaction left idle in transaction.'),
    postgresWraparoundPercent: percent(50).describe(
      'PostgresqlTxidWraparound: age of a database\'s oldest unfrozen transaction ID as a percentage of the 2^31 IDs before wraparound.',
    ),
    postgresRollbackPercent: percent(10).describe('PostgresqlHighRollbackRate: rollbacks as a percentage of all transactions over 10 minutes.'),
    volumeUsedPercent: percent(85).describe('PersistentVolumeUsageHigh: used share of a PersistentVolumeClaim (seed: 85 %).'),
    volumeFillingAvailablePercent: percent(15).describe(
      'PersistentVolumeFillingUp: fires only when less than this share of the volume is free (kubernetes-mixin: 15 %) and the trend empties it within `volumeFullWithinDays`.',
    ),
    volumeFullWithinDays: positiveNumber(4).describe('PersistentVolumeFillingUp: alert when the 6-hour trend fills a volume within this many days.'),
    volumeInodesFreePercent: percent(5).describe('PersistentVolumeInodesLow: free inodes as a percentage of all inodes of a volume.'),
    backupMaxAgeHours: positiveNumber(26).describe('BackupStale / BackupNeverSucceeded: age of the newest successful daily backup (RPO 24 h + 2 h).'),
    restoreVerificationMaxAgeHours: positiveNumber(194).describe(
      'BackupStale / BackupNeverSucceeded for the weekly restore verification: age of its newest success (7 days + 26 h).',
    ),
    certificateExpiryDays: positiveNumber(14).describe('TlsCertificateExpiringSoon: days before the certificate expires.'),
    llmErrorRatePercent: percent(5).describe('LlmProviderErrors: share of LLM API calls that failed with a 5xx or a timeout (app metrics contract).'),
    llmRateLimitedPercent: percent(5).describe('LlmProviderRateLimited: share of LLM API calls the provider answered with 429 (app metrics contract).'),
    llmLatencyP95Seconds: positiveNumber(20).describe('LlmHighLatency: p95 duration of LLM API calls (app metrics contract).'),
    llmTokenBudgetPerDay: positiveNumber(2_000_000).describe(
      'LlmTokenBudgetAtRisk: tokens per day (input + output); fires when the day\'s use plus the last hour\'s pace until midnight UTC exceeds it (SPEC 2.10: 2,000,000).',
    ),
  })
  .prefault({})
  .describe('Alert thresholds; the defaults are the values of seed 001 and SPEC sections 2.6 and 2.10.');

const scrapeTarget = (job: string, namespace: string, what: string) =>
  z
    .strictObject({
      job: z.string().regex(/^[A-Za-z0-9][-A-Za-z0-9_.]*$/, { error: 'must be a job label value such as cert-manager' }).default(job).describe(`The \`job\` label Prometheus gives ${what}'s metrics (its ServiceMonitor's Service name).`),
      namespace: dnsLabel().default(namespace).describe(`Namespace ${what} runs in.`),
    })
    .prefault({});

const monitoring = z
  .strictObject({
    prometheusNamespace: dnsLabel().default('monitoring').describe('Namespace of Prometheus, admitted to metrics ports by NetworkPolicy.'),
    serviceMonitorLabels: k8sLabels({ release: 'kube-prometheus-stack' }).describe(
      'Labels on ServiceMonitors and PodMonitors that Prometheus selects them by (kube-prometheus-stack: `release: <helm release>`).',
    ),
    ruleLabels: k8sLabels({ release: 'kube-prometheus-stack' }).describe(
      'Labels on PrometheusRules that Prometheus selects them by (kube-prometheus-stack: `release: <helm release>`).',
    ),
    scrapeInterval: promDuration().default('30s').describe('How often Prometheus scrapes the app and postgres-exporter.'),
    prometheusUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://kube-prometheus-stack-prometheus.monitoring.svc:9090' })
      .refine((u) => urlCredentials(u) === undefined, noCredentials)
      .default('http://kube-prometheus-stack-prometheus.monitoring.svc:9090')
      .describe('Prometheus API address the Argo Rollouts controller queries for canary analysis (`app.delivery: canary`).'),
    appMetricsPort: positiveInt()
      .max(65535, { error: 'must be a port number (1-65535)' })
      .refine((p) => p !== 8501, { error: 'must not be 8501, the port the Ingress routes to' })
      .default(9090)
      .describe('Port of the app\'s Prometheus endpoint (`metrics`, GET /metrics), apart from the UI port the Ingress routes (docs/metrics.md has the contract).'),
    runbookBaseUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .refine((u) => !u.includes('#'), { error: 'must not contain a # fragment (the alert name is appended)' })
      .refine((u) => urlCredentials(u) === undefined, noCredentials)
      .default('https://github.com/example/llm-stack/blob/main/docs/runbooks.md')
      .describe('URL of docs/runbooks.md as people read it; each alert links to `<url>#<alertname in lower case>`.'),
    certManagerNamespaceLabel: promLabelName()
      .default('exported_namespace')
      .describe(
        'Label of the cert-manager metrics that holds the Certificate\'s namespace: `exported_namespace` when cert-manager\'s ServiceMonitor keeps honorLabels false (its chart default), `namespace` when it sets honorLabels true.',
      ),
    certManager: scrapeTarget('cert-manager', 'cert-manager', 'cert-manager').describe(
      'cert-manager\'s scrape target; CertManagerAbsent fires when Prometheus has none (its chart ships the ServiceMonitor off: docs/metrics.md).',
    ),
    ingressNamespaceLabel: promLabelName()
      .default('exported_namespace')
      .describe(
        'Label of the ingress-nginx request metrics that holds the Ingress\'s namespace: `exported_namespace` with the chart\'s default ServiceMonitor (honorLabels false), `namespace` with honorLabels true.',
      ),
    ingressController: scrapeTarget('ingress-nginx-controller-metrics', 'ingress-nginx', 'the ingress-nginx controller').describe(
      'The ingress-nginx controller\'s scrape target; the request SLIs come from its metrics, and IngressControllerMetricsAbsent fires when Prometheus has none.',
    ),
    argoRolloutsNamespaceLabel: promLabelName()
      .default('exported_namespace')
      .describe(
        'Label of the Argo Rollouts controller\'s rollout_info that holds the Rollout\'s namespace (`app.delivery: canary`; AssistantRolloutFailed reads it): `exported_namespace` with a ServiceMonitor that keeps honorLabels false (docs/delivery.md), `namespace` with honorLabels true.',
      ),
    dashboard: z
      .strictObject({
        labels: k8sLabels({ grafana_dashboard: '1' }).describe('Labels the Grafana dashboard sidecar looks for (kube-prometheus-stack: grafana_dashboard: "1").'),
        annotations: z
          .record(z.string().min(1), z.string())
          .default({})
          .describe('Annotations on the dashboard ConfigMap, e.g. the sidecar folder annotation (`grafana_folder: LLM stack`).'),
      })
      .prefault({})
      .describe('Grafana dashboard ConfigMap, in the environment\'s namespace (the sidecar must search it, e.g. searchNamespace: ALL).'),
    severity: monitoringSeverity,
    slo: monitoringSlo,
    thresholds: monitoringThresholds,
  })
  .prefault({})
  .describe('Prometheus Operator integration: scraping, alert rules and the Grafana dashboard.');

/** The highest severity each tier may use: development never pages, staging never pages either. */
export const SEVERITY_CAP_BY_TIER = { production: 'critical', staging: 'warning', development: 'info' } as const;
/** Severity of page / ticket alerts when `monitoring.severity` does not set them. */
export const SEVERITY_BY_TIER = {
  production: { page: 'critical', ticket: 'warning' },
  staging: { page: 'warning', ticket: 'warning' },
  development: { page: 'info', ticket: 'info' },
} as const;
const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 } as const;

/** `monitoring.severity` must not exceed its tier's cap (development never pages). */
function checkSeverityCap(env: { tier: keyof typeof SEVERITY_CAP_BY_TIER; monitoring: { severity: { page?: string; ticket?: string } } }, ctx: z.RefinementCtx): void {
  const cap = SEVERITY_CAP_BY_TIER[env.tier];
  for (const key of ['page', 'ticket'] as const) {
    const value = env.monitoring.severity[key] as keyof typeof SEVERITY_RANK | undefined;
    if (value && SEVERITY_RANK[value] > SEVERITY_RANK[cap]) {
      ctx.addIssue({ code: 'custom', path: ['monitoring', 'severity', key], message: `must be at most ${cap} in a ${env.tier}-tier environment` });
    }
  }
}

/**
 * `edge.kind: gateway-api` renders only what it can enforce: a setting the standard Gateway
 * API has no field for needs an implementation that has one (envoy-gateway), or an explicit
 * `edge.gatewayApi.acceptGaps` entry. Nothing configured is dropped silently (docs/edge.md).
 */
function checkEdge(
  env: {
    edge: { kind: string; gatewayApi: { implementation: string; metricSource: string; acceptGaps: readonly string[] } };
    ingress: { rateLimit: { burstMultiplier: number } };
    app: { replicas: number; autoscaling: { enabled: boolean; minReplicas: number } };
    monitoring: { slo: { latencySeconds: number } };
  },
  ctx: z.RefinementCtx,
): void {
  if (env.edge.kind !== 'gateway-api') return;
  const g = env.edge.gatewayApi;
  const accepted = (gap: string) => g.acceptGaps.includes(gap);
  const envoy = g.implementation === 'envoy-gateway';
  const replicas = env.app.autoscaling.enabled ? env.app.autoscaling.minReplicas : env.app.replicas;
  const orAccept = (gap: string) => `or list ${gap} in edge.gatewayApi.acceptGaps to run without it`;
  if (!envoy && replicas > 1 && !accepted('session-affinity')) {
    ctx.addIssue({
      code: 'custom',
      path: ['edge', 'gatewayApi', 'implementation'],
      message: `must be envoy-gateway for cookie session affinity: the app runs ${replicas} replicas and each Streamlit websocket session must stay on its pod, and the standard Gateway API v1.6.1 has none (HTTPRoute sessionPersistence is experimental-only); run one replica, ${orAccept('session-affinity')}`,
    });
  }
  if (!envoy && !accepted('rate-limit')) {
    ctx.addIssue({
      code: 'custom',
      path: ['ingress', 'rateLimit'],
      message: `has no standard Gateway API field: set edge.gatewayApi.implementation to envoy-gateway (BackendTrafficPolicy), ${orAccept('rate-limit')}`,
    });
  }
  if (envoy && !accepted('rate-limit') && env.ingress.rateLimit.burstMultiplier !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['ingress', 'rateLimit', 'burstMultiplier'],
      message: 'must be 1 with Envoy Gateway: its local rate limit bucket holds one second\'s requests and has no separate burst, so set requestsPerSecond to the burst you need (e.g. 50)',
    });
  }
  const latencyMs = Number((env.monitoring.slo.latencySeconds * 1000).toPrecision(12));
  if (g.metricSource === 'envoy' && !ENVOY_BUCKETS_MS.includes(latencyMs)) {
    ctx.addIssue({
      code: 'custom',
      path: ['monitoring', 'slo', 'latencySeconds'],
      message: `must be one of Envoy's default histogram buckets with edge.gatewayApi.metricSource envoy (the latency SLI reads that bucket): ${ENVOY_BUCKETS_MS.map((ms) => ms / 1000).join(', ')} seconds`,
    });
  }
  if (!accepted('body-size-limit')) {
    ctx.addIssue({
      code: 'custom',
      path: ['app', 'settings', 'maxFileSizeMb'],
      message: `cannot be enforced at the edge with edge.kind gateway-api (no standard field; Envoy Gateway's requestBuffer breaks websockets on the route, BackendTrafficPolicy CRD v1.9.0), so only the app checks MAX_FILE_SIZE_MB: list body-size-limit in edge.gatewayApi.acceptGaps to accept that`,
    });
  }
}

/** Time zones the CloudNativePG operator's clock (UTC) agrees with. */
const UTC_ZONES = ['Etc/UTC', 'UTC', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'Etc/GMT', 'GMT'];

/** `engine: cloudnative-pg` needs object storage (WAL archive, base backups, PITR) and a base backup schedule it can express. */
function checkCloudnativePg(
  env: { postgres: { engine: string; maxConnections: number; cloudnativePg: { baseBackupSchedule?: string; pooler: { enabled: boolean; instances: number; defaultPoolSize: number } } }; backup: { timeZone: string; offsite: { enabled: boolean } } },
  ctx: z.RefinementCtx,
): void {
  const { postgres, backup } = env;
  if (postgres.engine !== 'cloudnative-pg') return;
  if (!backup.offsite.enabled) {
    ctx.addIssue({
      code: 'custom',
      path: ['postgres', 'engine'],
      message: 'must be statefulset unless backup.offsite.enabled is true: cloudnative-pg archives WAL and base backups to that object storage, and without it there is no point-in-time recovery',
    });
  }
  const cnpg = postgres.cloudnativePg;
  if (cnpg.baseBackupSchedule === undefined && !UTC_ZONES.includes(backup.timeZone)) {
    ctx.addIssue({
      code: 'custom',
      path: ['postgres', 'cloudnativePg', 'baseBackupSchedule'],
      message: `is required when backup.timeZone is not UTC (${backup.timeZone}): the CloudNativePG ScheduledBackup runs on the operator's UTC clock, so set the base backup's time in UTC`,
    });
  }
  const pooled = cnpg.pooler.instances * cnpg.pooler.defaultPoolSize;
  if (cnpg.pooler.enabled && pooled >= postgres.maxConnections) {
    ctx.addIssue({
      code: 'custom',
      path: ['postgres', 'cloudnativePg', 'pooler', 'defaultPoolSize'],
      message: `must keep pooler.instances x defaultPoolSize (${pooled}) below postgres.maxConnections (${postgres.maxConnections}), which leaves room for the backups, the operator and superuser_reserved_connections`,
    });
  }
}

// --- backup: field validators used only by this section ---

/** The base URL of an S3 API: scheme, host and optional port (1-65535), never a credential. */
const s3Endpoint = () =>
  z
    .string()
    .refine((u) => urlCredentials(u) === undefined, noCredentials)
    .pipe(
      z.string().regex(/^https?:\/\/[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?\/?$/, {
        error: 'must be an http(s) URL of an S3 API, scheme, host and optional port, such as https://s3.eu-central-1.amazonaws.com',
      }),
    )
    .refine((u) => Number(u.match(/:(\d+)\/?$/)?.[1] ?? 443) <= 65535 && !/:0+\/?$/.test(u), { error: 'must have a port between 1 and 65535' });

const bucketName = () =>
  z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    error: 'must be an S3 bucket name: 3 to 63 lower-case letters, digits, "." or "-"',
  });

const objectKeyPrefix = () =>
  z.string().regex(/^[A-Za-z0-9_.()!*'-]+(\/[A-Za-z0-9_.()!*'-]+)*$/, {
    error: 'must be an object key prefix such as llm-stack/prod, without a leading or trailing "/"',
  });

const jobCount = (def: number) => nonNegativeInt().max(100, { error: 'must be <= 100' }).default(def);

const offsite = z
  .strictObject({
    enabled: z.boolean().default(false).describe('Upload every backup to S3-compatible object storage after it is written (the off-site copy).'),
    endpoint: s3Endpoint().optional().describe('S3 API endpoint, e.g. https://s3.eu-central-1.amazonaws.com or a MinIO URL; required when enabled.'),
    bucket: bucketName().optional().describe('Bucket of the off-site copies; required when enabled. Its lifecycle rules decide how long they are kept.'),
    region: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/, { error: 'must be a region name such as eu-central-1' })
      .default('us-east-1')
      .describe('Region passed to the S3 client (AWS_DEFAULT_REGION).'),
    prefix: objectKeyPrefix().optional().describe('Key prefix in the bucket; default: the namespace. PostgreSQL and Chroma files go under <prefix>/postgresql and <prefix>/chroma.'),
    credentialsSecret: dnsLabel()
      .default('backup-s3-credentials')
      .describe('Secret with keys access-key-id and secret-access-key (filled from secrets.remoteKeys.backupS3* in external-secrets mode).'),
    egressCidrs: z
      .array(ipv4Cidr())
      .min(1, { error: 'must list at least one CIDR' })
      .default(['0.0.0.0/0'])
      .describe('Addresses the upload may reach on the endpoint port (NetworkPolicy); narrow it to the storage service where you can.'),
    image: image('amazon/aws-cli', AWS_CLI_DEFAULT_TAG).describe(
      `Image with the S3 client (aws-cli v2) that runs the upload: ${AWS_CLI_MIN_VERSION} or later, the first release that reads the checksum settings the upload sets (AWS_REQUEST_CHECKSUM_CALCULATION).`,
    ),
  })
  .prefault({})
  .superRefine((o, ctx) => {
    const tooOld = awsCliTooOld(o.image.tag);
    if (tooOld) ctx.addIssue({ code: 'custom', path: ['image', 'tag'], message: tooOld });
    if (!o.enabled) return;
    if (!o.endpoint) ctx.addIssue({ code: 'custom', path: ['endpoint'], message: 'is required when offsite.enabled is true' });
    if (!o.bucket) ctx.addIssue({ code: 'custom', path: ['bucket'], message: 'is required when offsite.enabled is true' });
  })
  .describe('Off-site copy of the backups in S3-compatible object storage.');

const backup = z
  .strictObject({
    schedule: cronSchedule().default('0 2 * * *').describe('When the daily backups run: five cron fields as Kubernetes reads them (robfig/cron: weekday 0-6 or SUN-SAT, no TZ=) or @daily-style macros.'),
    timeZone: timeZone().default('Etc/UTC').describe('Time zone of the backup schedules (CronJob spec.timeZone).'),
    retentionDays: positiveInt().default(30).describe('Days a backup is kept; the newest good backup is always kept.'),
    verifySchedule: cronSchedule()
      .default('0 4 * * 0')
      .describe('When the weekly restore verification runs (cron, five fields, in timeZone): it restores the newest dump into a scratch database and checks it.'),
    startingDeadlineSeconds: positiveInt()
      .default(3600)
      .describe('A scheduled run that cannot start within this many seconds is skipped (the backup alerts then fire).'),
    activeDeadlineSeconds: positiveInt()
      .default(3600)
      .describe('Time limit of one backup, restore or verification Job (the RTO is 1 h).'),
    backoffLimit: nonNegativeInt()
      .max(10, { error: 'must be <= 10' })
      .default(2)
      .describe('Retries of a failed backup or verification Job; restores never retry.'),
    successfulJobsHistoryLimit: jobCount(3).describe('Finished Jobs each CronJob keeps.'),
    failedJobsHistoryLimit: jobCount(3).describe('Failed Jobs each CronJob keeps, for their logs.'),
    resources: resources({ cpu: '100m', memory: '256Mi' }, { cpu: '1', memory: '1Gi' }).describe(
      'Resources of each backup, restore, verification and upload container.',
    ),
    postgres: z
      .strictObject({
        storage: storage('20Gi').describe('The postgresql-backup volume: retentionDays days of dumps.'),
        assumedDumpSize: byteQuantity()
          .default('256Mi')
          .describe(
            'Assumed size of one day\'s PostgreSQL dump, for docs/capacity.md only (renders nothing): the backup volume must hold retentionDays + 1 of them, the off-site bucket retentionDays. Set it from `du -sh` of a real backup directory.',
          ),
      })
      .prefault({})
      .describe('PostgreSQL backups (pg_dump with the server image).'),
    chroma: z
      .strictObject({
        mode: z
          .enum(['export', 'snapshot', 'unsafe-live-archive'])
          .default('export')
          .describe(
            'export: a logical export over Chroma\'s HTTP API (every record, JSONL with a manifest) on the postgresql-backup volume, restore-verified weekly; snapshot: CSI VolumeSnapshots of the data claim, crash-consistent only (not proven to restore); unsafe-live-archive: a tar.gz of the live /data, which restores silently corrupt indexes when Chroma writes during the copy (docs/backup-restore.md).',
          ),
        storage: storage('20Gi').describe('The chroma-backup volume (unsafe-live-archive mode only).'),
        assumedDumpSize: byteQuantity()
          .default('256Mi')
          .describe('Assumed size of one day\'s Chroma export or archive, for docs/capacity.md only (renders nothing); counted like backup.postgres.assumedDumpSize.'),
        image: image('python', '3.12.11-slim-bookworm').describe('Image of the export, import, verify and archive jobs: bash and Python 3 (the export program uses the standard library only).'),
        volumeSnapshotClassName: dnsSubdomain()
          .optional()
          .describe('VolumeSnapshotClass of the snapshots (snapshot mode); unset uses the cluster default class.'),
        snapshotReadyTimeoutSeconds: positiveInt().default(600).describe('How long the snapshot job waits for a snapshot to become ready.'),
        kubectlImage: image('docker.io/bitnamilegacy/kubectl', '1.30.7').describe(
          'Image with kubectl, bash, awk and date for the snapshot jobs. Bitnami moved its versioned tags to bitnamilegacy (frozen, no updates): point this at your own mirror or a maintained image.',
        ),
      })
      .prefault({})
      .describe('Chroma backups.'),
    offsite,
  })
  .prefault({})
  .describe('Backups of PostgreSQL and Chroma.');

/** Settings the standard Gateway API has no field for, which a person may accept to run without (docs/edge.md). */
export const EDGE_GAPS = ['session-affinity', 'rate-limit', 'body-size-limit'] as const;

const edge = z
  .strictObject({
    kind: z
      .enum(['ingress-nginx', 'gateway-api'])
      .default('ingress-nginx')
      .describe('The public entry point: `ingress-nginx` (an Ingress with ingress-nginx annotations; maintenance ended March 2026) or `gateway-api` (an HTTPRoute, optionally its own Gateway; docs/edge.md).'),
    gatewayApi: z
      .strictObject({
        gateway: z
          .strictObject({
            create: z
              .boolean()
              .default(true)
              .describe('Render a Gateway `assistant` in the namespace: an HTTPS listener with the cert-manager certificate, an HTTP listener for the redirect and ACME HTTP-01. false attaches the HTTPRoute to the shared Gateway named below (its owner issues the certificate and redirects HTTP).'),
            className: dnsSubdomain().default('eg').describe('gatewayClassName of the created Gateway (Envoy Gateway\'s quickstart GatewayClass: eg).'),
            name: dnsSubdomain().optional().describe('Shared Gateway to attach to (create: false).'),
            namespace: dnsLabel().optional().describe('Namespace of the shared Gateway (create: false); its listener must allow routes from this namespace.'),
            sectionName: dnsSubdomain().optional().describe('Listener of the shared Gateway (create: false), e.g. its HTTPS listener; unset attaches to every listener that admits the route.'),
          })
          .prefault({})
          .superRefine((g, ctx) => {
            if (g.create) return;
            for (const field of ['name', 'namespace'] as const) {
              if (g[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'must name the shared Gateway when create is false' });
            }
          })
          .describe('The Gateway the HTTPRoute attaches to: created here, or a shared one (parentRef).'),
        implementation: z
          .enum(['none', 'envoy-gateway'])
          .default('none')
          .describe('`none`: the standard API only. `envoy-gateway`: also Envoy Gateway v1.9 policies (BackendTrafficPolicy) for cookie session affinity and the per-client rate limit, which the standard API cannot express.'),
        dataPlaneNamespace: dnsLabel()
          .default('envoy-gateway-system')
          .describe('Namespace of the Gateway\'s data plane (the proxy pods), admitted to the app and the ACME solver by NetworkPolicy; Envoy Gateway runs its proxies in envoy-gateway-system by default.'),
        metricSource: z
          .enum(['envoy'])
          .default('envoy')
          .describe('Where the SLO and edge alerts read requests from: `envoy`, the Envoy proxy stats of Envoy Gateway (envoy_cluster_upstream_rq_*, per HTTPRoute rule; docs/metrics.md).'),
        acceptGaps: z
          .array(z.enum(EDGE_GAPS))
          .default([])
          .describe('Settings the chosen implementation cannot enforce that you accept to run without: `session-affinity` (websocket sessions with more than one replica), `rate-limit` (ingress.rateLimit), `body-size-limit` (app.settings.maxFileSizeMb at the edge). Synth refuses them otherwise.'),
      })
      .prefault({})
      .describe('Gateway API edge (kind: gateway-api).'),
  })
  .prefault({})
  .describe('Which edge renders the public entry point; host, issuer, timeouts, HSTS and rate limit stay under `ingress` for both.');

export const environmentSchema = z
  .strictObject({
    tier: z
      .enum(['development', 'staging', 'production'])
      .default('production')
      .describe('Kind of environment; production forbids zero replicas and selects the production ACME issuer.'),
    namespace: namespace().optional().describe('Namespace of the environment; default `llm-stack-<env>`. Not kube-*, default, Argo CD\'s or Prometheus\' namespace.'),
    domain: hostName().default('example.com').describe('Base DNS domain.'),
    ingress,
    edge,
    secrets,
    platform,
    app,
    chroma,
    postgres,
    backup,
    monitoring,
  })
  .superRefine((env, ctx) => {
    checkSeverityCap(env, ctx);
    checkEdge(env, ctx);
    checkCloudnativePg(env, ctx);
    if (env.tier === 'production' && !env.app.autoscaling.enabled && env.app.replicas < 1) {
      ctx.addIssue({ code: 'custom', path: ['app', 'replicas'], message: 'must be >= 1 in a production-tier environment' });
    }
  });

// --- capacity: unit prices of docs/capacity.md (lib/capacity.ts); they render nothing ---

const price = (def: number, what: string) => z.number().min(0, { error: 'must be >= 0' }).default(def).describe(what);

// Defaults: AWS us-east-1 on-demand list prices, checked 2026-06 (the sources are in
// config/cluster.yaml beside the values). CPU and memory: AWS Fargate Linux/x86, the one
// AWS offer that publishes a separate price per vCPU-hour and per GB-hour of memory (AWS
// bills Fargate memory in GB steps of 2^30 bytes); block storage: EBS gp3; object storage:
// S3 Standard, first 50 TB.
const capacity = z
  .strictObject({
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as USD or EUR' }).default('USD').describe('Currency of the prices.'),
    hoursPerMonth: positiveNumber(730).describe('Hours in a month for the monthly figures (730 = 8760 / 12).'),
    prices: z
      .strictObject({
        vcpuHour: price(0.04048, 'Price of one vCPU (1 CPU of requests) for one hour. Default: AWS Fargate Linux/x86, us-east-1.'),
        memoryGiBHour: price(0.004445, 'Price of one GiB of memory requests for one hour. Default: AWS Fargate Linux/x86, us-east-1.'),
        blockStorageGiBMonth: price(0.08, 'Price of one GiB of PersistentVolumeClaim (provisioned size) for one month. Default: EBS gp3, us-east-1.'),
        objectStorageGiBMonth: price(0.023, 'Price of one GiB kept in object storage (the off-site backups) for one month. Default: S3 Standard, us-east-1.'),
      })
      .prefault({})
      .describe('Unit prices; requests are priced, not limits or actual use.'),
    pricesSource: z
      .string()
      .min(1)
      .default('AWS us-east-1 on-demand list prices: https://aws.amazon.com/fargate/pricing/ (Linux/x86), https://aws.amazon.com/ebs/pricing/ (gp3), https://aws.amazon.com/s3/pricing/ (S3 Standard)')
      .describe('Where the prices come from, printed in docs/capacity.md.'),
    pricesAsOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date such as 2026-06-17' })
      .default('2026-06-17')
      .describe('When the prices were read (YYYY-MM-DD), printed in docs/capacity.md.'),
  })
  .prefault({})
  .describe('Unit prices of the capacity and cost report (docs/capacity.md, docs/capacity.json); an estimate, not a bill.');

/** Settings shared by the whole cluster, not by one environment (config/cluster.yaml). */
export const clusterSchema = z.strictObject({
  example: z
    .boolean()
    .default(false)
    .describe(
      'Marks the whole repository as the runnable example: placeholder values (example.com, ghcr.io/example/..., platform-team@example.com) are then allowed in production-tier environments, synth prints a warning, and every Namespace carries the annotation llm-stack/example. Remove it (or set false) for real use: production-tier environments then refuse placeholders.',
    ),
  acme: z
    .strictObject({
      email: email().describe('E-mail address Let\'s Encrypt sends expiry notices to.'),
      ingressClassName: dnsSubdomain().default('nginx').describe('IngressClass that solves ACME HTTP-01 challenges.'),
    })
    .describe('cert-manager ClusterIssuers for Let\'s Encrypt.'),
  argocd: z
    .strictObject({
      namespace: dnsLabel().default('argocd').describe('Namespace Argo CD runs in; the AppProjects and Applications are created there.'),
      project: dnsLabel()
        .max(40, { error: 'must be at most 40 characters (Application names are `<project>-<env>`)' })
        .default('llm-stack')
        .describe('AppProject of the environments and prefix of the Application names (`<project>-<env>`); the cluster-wide objects get their own AppProject and Application `<project>-cluster`.'),
      repoURL: z
        .string()
        .regex(/^((https|ssh):\/\/[^\s/]+\/\S+|[\w.-]+@[\w.-]+:\S+)$/, {
          error: 'must be a Git repository URL such as https://github.com/example/llm-stack.git or git@github.com:example/llm-stack.git',
        })
        .refine((u) => !/^https:/.test(u) || urlCredentials(u) === undefined, noCredentials)
        .refine((u) => !(urlCredentials(u) ?? '').includes(':'), noCredentials)
        .default('https://github.com/example/llm-stack.git')
        .describe('Git repository Argo CD reads the rendered manifests from; the only source repository the AppProjects allow.'),
      targetRevision: z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { error: 'must be a branch, tag or commit such as main or v1.2.0' })
        .default('main')
        .describe('Branch, tag or commit the Applications follow.'),
      path: z
        .string()
        .regex(/^(\.|[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*)$/, {
          error: 'must be a relative folder such as dist or deploy/llm-stack/dist (no leading /, no ..)',
        })
        .refine((p) => !p.split('/').includes('..'), { error: 'must not contain ..' })
        .default('dist')
        .describe('Folder of the rendered manifests in the repository; the Applications point at `<path>/<env>` and `<path>/cluster`.'),
      destinationServer: z
        .url({ protocol: /^https$/, error: 'must be an https URL such as https://kubernetes.default.svc' })
        .refine((u) => urlCredentials(u) === undefined, noCredentials)
        .default('https://kubernetes.default.svc')
        .describe('API server of the cluster the environments run on, as registered in Argo CD (https://kubernetes.default.svc: the cluster Argo CD runs in).'),
      clusterSync: z
        .enum(['manual', 'automated'])
        .default('manual')
        .describe(
          'Sync of the `<project>-cluster` Application (ClusterIssuers every environment uses, production included). Environments sync by their tier: production by hand, the others automatically with self-heal and prune.',
        ),
    })
    .prefault({})
    .describe('GitOps delivery with Argo CD: the AppProjects and Applications in dist/argocd/.'),
  capacity,
});

export type ParsedEnvironment = z.output<typeof environmentSchema>;
export type ClusterConfig = z.output<typeof clusterSchema>;

/** An environment after parsing, with the values derived from its name filled in. */
export interface EnvironmentConfig extends ParsedEnvironment {
  /** Environment name, from the file name (`config/environments/<name>.yaml`). */
  readonly name: string;
  readonly namespace: string;
  /** config/cluster.yaml `example`: the repository's own example configuration (placeholder values). */
  readonly example: boolean;
  readonly ingress: ParsedEnvironment['ingress'] & {
    readonly host: string;
    readonly clusterIssuer: 'letsencrypt-staging' | 'letsencrypt-production';
  };
}

export type SecretsConfig = EnvironmentConfig['secrets'];
export type ResourcesConfig = EnvironmentConfig['app']['resources'];
