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
  return {
    component: 'tls',
    alerts: [
      {
        alert: 'TlsCertificateExpiringSoon',
        expr: `${sel('certmanager_certificate_expiration_timestamp_seconds')} - time() < ${daysToSeconds(t.certificateExpiryDays)}`,
        for: '1h',
        severity: 'warning',
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
        severity: 'critical',
        labels,
        summary: `TLS certificate ${certificate} is not ready.`,
        description:
          `Certificate ${certificate} has not been Ready for 10 minutes: cert-manager could not issue or renew it. ` +
          'Until it is, browsers may reject the site or get a certificate that is about to expire.',
      },
    ],
  };
}
