import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { PodMonitor, PrometheusRule, PrometheusRuleSpecGroupsRulesExpr, ServiceMonitor } from '../../imports/monitoring.coreos.com';
import { recommendedLabels } from '../../lib/labels';
import { APP_METRICS_PORT_NAME, APP_NAME } from '../app';
import { scrapedPodLabels } from '../delivery';
import { identity, podLabels } from '../identities';
import { POSTGRES_NAME } from '../postgres';
import { dashboard } from './dashboard';
import { ruleGroups } from './rules';

export const DASHBOARD_CONFIGMAP = 'llm-stack-dashboard';

export interface MonitoringChartProps {
  readonly env: EnvironmentConfig;
  readonly version: string;
}

/**
 * Prometheus Operator objects of one environment: what to scrape (ServiceMonitor,
 * PodMonitor), what to alert on (one PrometheusRule per component) and the Grafana
 * dashboard (a ConfigMap the Grafana sidecar loads).
 */
export class MonitoringChart extends Chart {
  constructor(scope: Construct, id: string, props: MonitoringChartProps) {
    const { env } = props;
    const mon = env.monitoring;
    const ns = env.namespace;
    super(scope, id, { namespace: ns, labels: recommendedLabels(identity('monitoring', ns, props.version)) });

    // The app Service `assistant`, port `metrics`: the app metrics contract (docs/metrics.md),
    // on a port of its own that the Ingress never routes (it routes `http` only).
    // Its metrics carry job="assistant" (the Service name).
    new ServiceMonitor(this, 'app-service-monitor', {
      metadata: { name: APP_NAME, labels: mon.serviceMonitorLabels },
      spec: {
        selector: { matchLabels: podLabels('app', ns) },
        namespaceSelector: { matchNames: [ns] },
        endpoints: [{ port: APP_METRICS_PORT_NAME, path: '/metrics', interval: mon.scrapeInterval }],
        // Canary mode: the ReplicaSet hash on every series, which the canary analysis selects by.
        podTargetLabels: scrapedPodLabels(env),
      },
    });

    // The statefulset engine's postgres-exporter sidecar. A CloudNativePG Cluster has no such
    // sidecar: charts/cloudnative-pg/ renders the PodMonitors of its instance and PgBouncer
    // exporters, and the rules read their names instead (rules/index.ts, databaseRules).
    if (env.postgres.engine === 'statefulset') this.postgresExporterMonitor(env);

    for (const group of ruleGroups(env)) {
      new PrometheusRule(this, `rules-${group.name}`, {
        metadata: { name: `${group.name}-alerts`, labels: mon.ruleLabels },
        spec: {
          groups: [
            {
              name: group.name,
              rules: group.rules.map((r) =>
                'record' in r
                  ? { record: r.record, expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr), labels: r.labels }
                  : {
                    alert: r.alert,
                    expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
                    for: r.for,
                    labels: r.labels,
                    annotations: r.annotations,
                  },
              ),
            },
          ],
        },
      });
    }

    new k8s.KubeConfigMap(this, 'dashboard', {
      metadata: { name: DASHBOARD_CONFIGMAP, labels: mon.dashboard.labels, annotations: mon.dashboard.annotations },
      // The key is the file name the sidecar writes: unique per environment, since a
      // sidecar that watches every namespace puts all dashboards into one folder.
      data: { [`llm-stack-${env.name}.json`]: JSON.stringify(dashboard(env), null, 2) },
    });
  }

  /**
   * A PodMonitor, not a ServiceMonitor: both PostgreSQL Services (client and headless)
   * expose the `metrics` port with the same labels, so a ServiceMonitor would scrape the
   * exporter twice. jobLabel makes job="postgresql" instead of "<namespace>/<name>".
   */
  private postgresExporterMonitor(env: EnvironmentConfig): void {
    const mon = env.monitoring;
    const ns = env.namespace;
    new PodMonitor(this, 'postgres-pod-monitor', {
      metadata: { name: POSTGRES_NAME, labels: mon.serviceMonitorLabels },
      spec: {
        selector: { matchLabels: podLabels('postgres', ns) },
        namespaceSelector: { matchNames: [ns] },
        jobLabel: 'app.kubernetes.io/name',
        podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: mon.scrapeInterval }],
      },
    });
  }
}
