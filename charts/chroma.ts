import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { disruptionBudget } from '../lib/disruption';
import { ServiceEndpoint, podPeer, tcpPort } from '../lib/endpoint';
import { recommendedLabels, selectorLabels } from '../lib/labels';
import { identity, podLabels } from './identities';
import { RunAs } from '../lib/security';
import { statefulServices } from '../lib/services';
import { singleInstanceStatefulSet } from '../lib/stateful-set';
import { container, httpGetProbe, podTemplate, scratchVolume } from '../lib/workload';
import { checksum } from '../lib/checksum';
import { imageVersion } from '../lib/image';

export const CHROMA_NAME = 'chroma';
export const CHROMA_PORT = 8000;
export const CHROMA_DATA_PATH = '/data';
/** The stock image runs as root; it only needs to write /data, so it runs as 1000:1000 here. */
export const CHROMA_RUN_AS: RunAs = { user: 1000, group: 1000, fsGroup: 1000 };
/** The ConfigMap with Chroma's config file, mounted where the image's command reads it. */
export const CHROMA_CONFIG_MAP = 'chroma-config';
export const CHROMA_CONFIG_PATH = '/config.yaml';
/**
 * The image's own command: rust/Dockerfile (target cli) at tag 1.5.9 has
 * `ENTRYPOINT ["dumb-init", "--", "chroma"]` and `CMD ["run", "/config.yaml"]`. The args
 * repeat it, so that the rendered pod says what runs.
 */
export const CHROMA_ARGS = ['run', CHROMA_CONFIG_PATH];

export interface ChromaServerSettings {
  readonly persistPath: string;
  readonly listenAddress: string;
  readonly port: number;
}

/**
 * Chroma 1.x's server config file. The keys are FrontendServerConfig's in
 * rust/frontend/src/config.rs, the same at 1.0.0 (the npm test server) and 1.5.9 (the
 * image): persist_path, listen_address, port, allow_reset. `CHROMA_<KEY>` env vars
 * override them (figment, `__` for nesting); the 0.x names (ALLOW_RESET,
 * ANONYMIZED_TELEMETRY, IS_PERSISTENT) are read by nothing. The Rust server sends no
 * product telemetry; OpenTelemetry stays off without an `open_telemetry` section.
 */
export function chromaServerConfig(s: ChromaServerSettings): string {
  return [
    '# Chroma server settings (llm-stack, charts/chroma.ts).',
    `persist_path: ${JSON.stringify(s.persistPath)}`,
    `listen_address: ${JSON.stringify(s.listenAddress)}`,
    `port: ${s.port}`,
    '# /api/v2/reset would delete every collection.',
    'allow_reset: false',
    '',
  ].join('\n');
}

export interface ChromaChartProps {
  readonly env: EnvironmentConfig;
}

/** Chroma vector database: a single-replica StatefulSet with its data on a PVC. */
export class ChromaChart extends Chart {
  readonly endpoint: ServiceEndpoint;
  /** Name of the data claim of pod 0, for backups. */
  readonly dataClaimName = `data-${CHROMA_NAME}-0`;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: ChromaChartProps) {
    const { env } = props;
    const cfg = env.chroma;
    const ident = identity('chroma', env.namespace, imageVersion(cfg.image));
    super(scope, id, { namespace: env.namespace, labels: recommendedLabels(ident) });
    const selector = selectorLabels(ident);
    this.podLabels = selector;

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: CHROMA_NAME },
      automountServiceAccountToken: false,
    });
    const config = new k8s.KubeConfigMap(this, 'config', {
      metadata: { name: CHROMA_CONFIG_MAP },
      data: { 'config.yaml': chromaServerConfig({ persistPath: CHROMA_DATA_PATH, listenAddress: '0.0.0.0', port: CHROMA_PORT }) },
    });
    const services = statefulServices(this, { name: CHROMA_NAME, selector, ports: [{ name: 'http', port: CHROMA_PORT }] });
    this.endpoint = { host: services.client, port: CHROMA_PORT, podLabels: selector };

    // Exactly one replica: each StatefulSet replica would get its own, diverging copy of the data.
    singleInstanceStatefulSet(this, {
      name: CHROMA_NAME,
      serviceName: services.headless,
      selector,
      template: podTemplate({
        labels: recommendedLabels(ident),
        annotations: { 'checksum/config': checksum(config.toJson().data) },
        serviceAccountName: CHROMA_NAME,
        runAs: CHROMA_RUN_AS,
        containers: [
          container({
            name: CHROMA_NAME,
            image: cfg.image,
            runAs: CHROMA_RUN_AS,
            resources: cfg.resources,
            args: CHROMA_ARGS,
            ports: [{ name: 'http', containerPort: CHROMA_PORT }],
            volumeMounts: [
              { name: 'data', mountPath: CHROMA_DATA_PATH },
              { name: 'config', mountPath: CHROMA_CONFIG_PATH, subPath: 'config.yaml', readOnly: true },
              { name: 'tmp', mountPath: '/tmp' },
            ],
            probes: chromaProbes(),
          }),
        ],
        volumes: [{ name: 'config', configMap: { name: CHROMA_CONFIG_MAP, defaultMode: 0o444 } }, scratchVolume('tmp')],
        // Let Chroma flush its SQLite and segment files on shutdown.
        terminationGracePeriodSeconds: 60,
      }),
      data: cfg.storage,
    });

    // One replica: a PDB that forbade eviction would block every node drain. This one
    // documents that a drain may take Chroma down briefly (the pod moves with its volume).
    disruptionBudget(this, CHROMA_NAME, selector, 1);

    // Chroma 1.x has no authentication: only the app and the backup job may connect.
    new k8s.KubeNetworkPolicy(this, 'netpol', {
      metadata: { name: CHROMA_NAME },
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress'],
        ingress: [{ from: [podPeer(podLabels('app', env.namespace)), podPeer(podLabels('chromaBackup', env.namespace))], ports: [tcpPort(CHROMA_PORT)] }],
      },
    });
  }
}

/**
 * Ready means /api/v2/healthcheck answers 200: it answers 503 until the executor and the
 * log are ready (rust/frontend/src/server.rs, fn healthcheck, at 1.5.9). Liveness asks only
 * /api/v2/heartbeat, which answers as soon as the HTTP server runs, so a slow start or a
 * busy index never gets the pod killed.
 */
export function chromaProbes(): { startup: k8s.Probe; readiness: k8s.Probe; liveness: k8s.Probe } {
  return {
    startup: httpGetProbe('/api/v2/healthcheck', 'http', { periodSeconds: 5, failureThreshold: 60, timeoutSeconds: 3 }),
    readiness: httpGetProbe('/api/v2/healthcheck', 'http', { periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 3 }),
    liveness: httpGetProbe('/api/v2/heartbeat', 'http', { periodSeconds: 20, failureThreshold: 3, timeoutSeconds: 5 }),
  };
}
