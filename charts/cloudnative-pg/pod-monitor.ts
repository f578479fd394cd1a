import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { PodMonitor } from '../../imports/monitoring.coreos.com';

export interface CnpgPodMonitorProps {
  readonly env: EnvironmentConfig;
  readonly name: string;
  /** Labels the operator puts on the pods to scrape (names.ts). */
  readonly podLabels: Record<string, string>;
  /** The pod label whose value becomes the `job` label of the series. */
  readonly jobLabel: string;
}

/**
 * A PodMonitor for pods the operator creates, on their `metrics` container port: our own,
 * since the operator's `monitoring.enablePodMonitor` is deprecated (CloudNativePG v1.30
 * docs/src/monitoring.md) and would not carry `monitoring.serviceMonitorLabels`.
 */
export class CnpgPodMonitor extends Construct {
  constructor(scope: Construct, id: string, props: CnpgPodMonitorProps) {
    super(scope, id);
    const { env } = props;
    new PodMonitor(this, 'Resource', {
      metadata: { name: props.name, labels: env.monitoring.serviceMonitorLabels },
      spec: {
        selector: { matchLabels: props.podLabels },
        namespaceSelector: { matchNames: [env.namespace] },
        jobLabel: props.jobLabel,
        podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: env.monitoring.scrapeInterval }],
      },
    });
  }
}
