import { EnvironmentConfig } from '../../../config/schema';
import { selector } from './promql';

// The request metrics of the edge, as the environment's edge.kind chooses: what the SLOs, the
// edge alerts and the dashboard read. ingress-nginx counts per Ingress; Envoy Gateway's Envoy
// proxies count per Envoy cluster, one per HTTPRoute rule.

/** ingress-nginx's request counter and latency histogram (catalogue: test/metrics-catalogue/ingress-nginx.yaml). */
export const NGINX_REQUESTS = 'nginx_ingress_controller_requests';
export const NGINX_DURATION = 'nginx_ingress_controller_request_duration_seconds';
/** Status codes that count as errors; `5..` also matches `5xx` (the controller's --report-status-classes). */
export const ERROR_STATUS = '5..';
/**
 * Websocket upgrades (101) are logged when the connection closes, with the session's
 * length as request time: Streamlit keeps one open per browser tab, so they are no latency.
 */
export const NOT_WEBSOCKET = 'status!="101"';

/** Envoy's cluster stats (catalogue: test/metrics-catalogue/envoy-gateway.yaml). */
export const ENVOY_REQUESTS = 'envoy_cluster_upstream_rq_total';
export const ENVOY_RESPONSES = 'envoy_cluster_upstream_rq_xx';
export const ENVOY_DURATION = 'envoy_cluster_upstream_rq_time';

export interface EdgeMetrics {
  /** Where requests are counted, for alert and panel descriptions. */
  readonly where: string;
  /** Every request to the app. */
  requests(): string;
  /** Requests answered with a 5xx. */
  errors(): string;
  /** The series to `sum by (<label>)` for requests by status. */
  readonly byStatus: { readonly series: string; readonly label: string };
  /** Latency histogram buckets without websockets, optionally at the bound of `leSeconds`. */
  bucket(leSeconds?: number): string;
  /** Latency histogram count without websockets. */
  count(): string;
  /** Appended to a histogram_quantile of `bucket()` to give seconds. */
  readonly toSeconds: string;
  /** Requests the edge rate limit refused (429), where the edge counts them per route. */
  readonly rateLimited?: string;
  /** A PromQL expression that is non-empty when Prometheus has none of the edge's metrics. */
  readonly absent: string;
}

/** The edge metrics of an environment. */
export function edgeMetrics(env: EnvironmentConfig, appName: string): EdgeMetrics {
  return env.edge.kind === 'gateway-api' ? envoyMetrics(env, appName) : nginxMetrics(env, appName);
}

function nginxMetrics(env: EnvironmentConfig, appName: string): EdgeMetrics {
  const sel = (metric: string, ...matchers: string[]) => selector(metric, [`${env.monitoring.ingressNamespaceLabel}="${env.namespace}"`, `ingress="${appName}"`, ...matchers]);
  const controller = env.monitoring.ingressController;
  return {
    where: 'the ingress controller',
    requests: () => sel(NGINX_REQUESTS),
    errors: () => sel(NGINX_REQUESTS, `status=~"${ERROR_STATUS}"`),
    byStatus: { series: sel(NGINX_REQUESTS), label: 'status' },
    bucket: (le) => sel(`${NGINX_DURATION}_bucket`, NOT_WEBSOCKET, ...(le === undefined ? [] : [`le="${le}"`])),
    count: () => sel(`${NGINX_DURATION}_count`, NOT_WEBSOCKET),
    toSeconds: '',
    // The Ingress's rate limit answers 429 (limit-req-status-code on the controller).
    rateLimited: sel(NGINX_REQUESTS, 'status="429"'),
    absent: `absent(${selector('up', [`namespace="${controller.namespace}"`, `job="${controller.job}"`])} == 1)`,
  };
}

/**
 * Envoy Gateway v1.9.0 names the Envoy cluster of an HTTPRoute rule
 * `httproute/<namespace>/<name>/rule/<index>` (internal/gatewayapi/helpers.go
 * irRouteDestinationName), unless its EnvoyProxy merges backends or sets a cluster stat name;
 * its own dashboard selects them so (charts/gateway-addons-helm/dashboards/envoy-clusters.json).
 * Rule 0 is the app, rule 1 Streamlit's websocket (charts/edge/gateway-api.ts ROUTE_RULES):
 * the latency histogram reads rule 0 only, as the ingress-nginx one leaves out status 101.
 * Requests that the local rate limit refuses never reach a cluster: there is no per-route count.
 */
function envoyMetrics(env: EnvironmentConfig, appName: string): EdgeMetrics {
  const route = `httproute/${env.namespace}/${appName}/rule/`;
  const everyRule = `envoy_cluster_name=~"${route}[0-9]+"`;
  const appRule = `envoy_cluster_name="${route}0"`;
  return {
    where: 'the Gateway\'s Envoy proxies',
    requests: () => selector(ENVOY_REQUESTS, [everyRule]),
    errors: () => selector(ENVOY_RESPONSES, [everyRule, 'envoy_response_code_class="5"']),
    byStatus: { series: selector(ENVOY_RESPONSES, [everyRule]), label: 'envoy_response_code_class' },
    bucket: (le) => selector(`${ENVOY_DURATION}_bucket`, [appRule, ...(le === undefined ? [] : [`le="${Number((le * 1000).toPrecision(12))}"`])]),
    count: () => selector(`${ENVOY_DURATION}_count`, [appRule]),
    toSeconds: ' / 1000',
    absent: `absent(${selector(ENVOY_REQUESTS, [everyRule])})`,
  };
}
