import { ComponentRules, daysToSeconds, RuleContext, selector } from './promql';

/**
 * TLS certificates of the environment, from cert-manager's metrics: the app Ingress's
 * `assistant-tls` (cert-manager's ingress-shim names the Certificate after tls.secretName)
 * and any other Certificate in the namespace. Prometheus scrapes
 * cert-manager in its own namespace, so the Certificate's namespace is in
 * `monitoring.certManagerNamespaceLabel` (exported_namespace by default), and the alerts set
 * `namespace` themselves so that routing by namespace works.
 */
export function tlsRules(ctx: RuleContext): ComponentRules {
  const t = ctx.monitoring.thresholds;
  const nsLabel = ctx.monitoring.certManagerNamespaceLabel;
  const sel = (metric: string, ...matchers: string[]) => selector(metric, [`${nsLabel}="${ctx.namespace}"`, ...matchers]);
  const certificate = `{{ $labels.${nsLabel} }}/{{ $labels.name }}`;
  const labels = { namespace: ctx.namespace };
  const cm = ctx.monitoring.certManager;
  return {
    component: 'tls',
    alerts: [
      {
        alert: 'TlsCertificateExpiringSoon',
        expr: `${sel('certmanager_certificate_expiration_timestamp_seconds')} - time() < ${daysToSeconds(t.certificateExpiryDays)}`,
        for: '1h',
        urgency: 'ticket',
        labels,
        summary: `TLS certificate ${certificate} expires within ${t.certificateExpiryDays} days.`,
        description:
          `Certificate ${certificate} expires in {{ $value | humanizeDuration }} (threshold ${t.certificateExpiryDays} days). ` +
          'cert-manager renews 30 days before expiry, so renewal has been failing for weeks.',
      },
      {
        alert: 'TlsCertificateNotReady',
        expr: `max by (${nsLabel}, name) (${sel('certmanager_certificate_ready_status', 'condition!="True"')}) == 1`,
        for: '10m',
        urgency: 'page',
        labels,
        summary: `TLS certificate ${certificate} is not ready.`,
        description:
          `Certificate ${certificate} has not been Ready for 10 minutes: cert-manager could not issue or renew it. ` +
          'Until it is, browsers may reject the site or get a certificate that is about to expire.',
      },
      {
        alert: 'CertManagerAbsent',
        // cert-manager's chart ships its ServiceMonitor off (prometheus.servicemonitor.enabled)
        // and without kube-prometheus-stack's release label: without a target, the two alerts
        // above can never fire. docs/metrics.md has the values that turn it on.
        expr: `absent(${selector('up', [`namespace="${cm.namespace}"`, `job="${cm.job}"`])} == 1)`,
        for: '15m',
        urgency: 'ticket',
        labels,
        summary: `Prometheus scrapes no cert-manager (TLS alerts of ${ctx.namespace} are blind).`,
        description:
          `For 15 minutes Prometheus has had no healthy target with job="${cm.job}" in namespace ${cm.namespace}. ` +
          'TlsCertificateExpiringSoon and TlsCertificateNotReady read cert-manager\'s metrics and cannot fire until it is scraped.',
      },
    ],
  };
}
