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

export const CHROMA_NAME = 'chroma';
export const CHROMA_PORT = 8000;
export const CHROMA_DATA_PATH = '/data';
/** The stock image runs as root; it only needs to write /data, so it runs as 1000:1000 here. */
export const CHROMA_RUN_AS: RunAs = { user: 1000, group: 1000, fsGroup: 1000 };

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
    const ident = identity('chroma', env.namespace, cfg.image.tag);
    super(scope, id, { namespace: env.namespace, labels: recommendedLabels(ident) });
    const selector = selectorLabels(ident);
    this.podLabels = selector;

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: CHROMA_NAME },
      automountServiceAccountToken: false,
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
        serviceAccountName: CHROMA_NAME,
        runAs: CHROMA_RUN_AS,
        containers: [
          container({
            name: CHROMA_NAME,
            image: cfg.image,
            runAs: CHROMA_RUN_AS,
            resources: cfg.resources,
            ports: [{ name: 'http', containerPort: CHROMA_PORT }],
            env: [
              { name: 'ANONYMIZED_TELEMETRY', value: 'false' },
              { name: 'ALLOW_RESET', value: 'false' },
            ],
            volumeMounts: [
              { name: 'data', mountPath: CHROMA_DATA_PATH },
              { name: 'tmp', mountPath: '/tmp' },
            ],
            probes: {
              startup: httpGetProbe('/api/v2/heartbeat', 'http', { periodSeconds: 5, failureThreshold: 60, timeoutSeconds: 3 }),
              readiness: httpGetProbe('/api/v2/heartbeat', 'http', { periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 3 }),
              liveness: httpGetProbe('/api/v2/heartbeat', 'http', { periodSeconds: 20, failureThreshold: 3, timeoutSeconds: 5 }),
            },
          }),
        ],
        volumes: [scratchVolume('tmp')],
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
