import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import {
  Gateway,
  GatewaySpecListenersTlsMode,
  HttpRoute,
  HttpRouteSpecParentRefs,
  HttpRouteSpecRules,
  HttpRouteSpecRulesFiltersRequestRedirectScheme as Scheme,
  HttpRouteSpecRulesFiltersRequestRedirectStatusCode as StatusCode,
  HttpRouteSpecRulesFiltersType as FilterType,
  HttpRouteSpecRulesMatchesPathType as PathType,
} from '../../imports/gateway.networking.k8s.io';
import { namespacedPeer, tcpPort } from '../../lib/endpoint';
import { ACME_SOLVER_PORT, ACME_SOLVER_SELECTOR, HTTP_LISTENER, HTTPS_LISTENER } from './acme';
import { BackendTrafficPolicy, BackendTrafficPolicySpec } from './envoy-gateway-policy';
import { EdgeProps, securityHeaders } from './props';

// The Gateway API edge (`edge.kind: gateway-api`, Gateway API v1.6.1 standard channel):
// an HTTPRoute for the app and, unless a shared Gateway is named, a Gateway with an HTTPS
// listener (cert-manager's gateway-shim issues its certificate) and an HTTP listener that
// only redirects and serves ACME HTTP-01. What the standard API cannot express is rendered
// as an Envoy Gateway policy when that implementation is chosen, or refused by the config
// schema (config/schema.ts checkEdge): docs/edge.md has the table.

/**
 * Streamlit's websocket (one per browser tab, open for the whole session): its own route
 * rule, so that its Envoy cluster (`httproute/<ns>/<route>/rule/1`) stays out of the latency
 * SLI, as the ingress-nginx SLI leaves out status 101.
 */
export const WEBSOCKET_PATH = '/_stcore/stream';
/** Rule names and their order: the index is part of Envoy Gateway's cluster name. */
export const ROUTE_RULES = ['app', 'websocket'] as const;

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** Seconds as a Gateway API duration (GEP-2257: `^([0-9]{1,5}(h|m|s|ms)){1,4}$`), e.g. 3600 -> 1h, 90 -> 1m30s. */
export function gatewayDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds <= 0) throw new Error(`gatewayDuration: a positive whole number of seconds, got ${seconds}`);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 99999) throw new Error(`gatewayDuration: at most 99999 hours, got ${seconds} s`);
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}

/** Which of the edge settings this environment renders as Envoy Gateway policy. */
export function envoyPolicies(env: EnvironmentConfig, sticky: boolean): { affinity: boolean; rateLimit: boolean } {
  const g = env.edge.gatewayApi;
  const envoy = g.implementation === 'envoy-gateway';
  return {
    affinity: envoy && sticky && !g.acceptGaps.includes('session-affinity'),
    rateLimit: envoy && !g.acceptGaps.includes('rate-limit'),
  };
}

export class GatewayApiEdge extends Construct {
  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);
    const { env, serviceName } = props;
    const gw = env.edge.gatewayApi.gateway;
    const parent: HttpRouteSpecParentRefs = gw.create
      ? { group: GATEWAY_GROUP, kind: 'Gateway', name: serviceName, sectionName: HTTPS_LISTENER }
      : { group: GATEWAY_GROUP, kind: 'Gateway', name: gw.name!, namespace: gw.namespace, sectionName: gw.sectionName };
    if (gw.create) this.gateway(props);
    new HttpRoute(this, 'route', {
      metadata: { name: serviceName },
      spec: { parentRefs: [parent], hostnames: [env.ingress.host], rules: appRules(props) },
    });
    if (gw.create) this.redirect(props);
    this.policy(props);
  }

  /** The Gateway: HTTPS with the certificate cert-manager issues for the annotated listener, HTTP for redirect and ACME. */
  private gateway(props: EdgeProps): void {
    const { env, serviceName } = props;
    const host = env.ingress.host;
    new Gateway(this, 'gateway', {
      // cert-manager v1.21.1 gateway-shim (pkg/controller/certificate-shim/sync.go,
      // validateGatewayListenerBlock): a Certificate per HTTPS listener with a hostname, TLS mode
      // Terminate and a certificateRef to a Secret in the Gateway's namespace. The controller
      // must run with Gateway API support on (Helm: config.gatewayAPI.enabled: true).
      metadata: { name: serviceName, annotations: { 'cert-manager.io/cluster-issuer': env.ingress.clusterIssuer } },
      spec: {
        gatewayClassName: env.edge.gatewayApi.gateway.className,
        listeners: [
          {
            name: HTTPS_LISTENER,
            protocol: 'HTTPS',
            port: 443,
            hostname: host,
            tls: { mode: GatewaySpecListenersTlsMode.TERMINATE, certificateRefs: [{ group: '', kind: 'Secret', name: `${serviceName}-tls` }] },
          },
          { name: HTTP_LISTENER, protocol: 'HTTP', port: 80, hostname: host },
        ],
      },
    });
    // cert-manager's solver pod answers on 8089 in this namespace; the Gateway's data plane
    // reaches it through the HTTPRoute cert-manager creates on the HTTP listener.
    new k8s.KubeNetworkPolicy(this, 'acme-solver-netpol', {
      metadata: { name: 'acme-http01-solver' },
      spec: {
        podSelector: { matchLabels: ACME_SOLVER_SELECTOR },
        policyTypes: ['Ingress'],
        ingress: [{ from: [namespacedPeer(env.edge.gatewayApi.dataPlaneNamespace)], ports: [tcpPort(ACME_SOLVER_PORT)] }],
      },
    });
  }

  /** HTTP -> HTTPS, 301, for every path of the HTTP listener (cert-manager's Exact ACME path wins over this prefix). */
  private redirect(props: EdgeProps): void {
    new HttpRoute(this, 'https-redirect', {
      metadata: { name: `${props.serviceName}-https-redirect` },
      spec: {
        parentRefs: [{ group: GATEWAY_GROUP, kind: 'Gateway', name: props.serviceName, sectionName: HTTP_LISTENER }],
        hostnames: [props.env.ingress.host],
        rules: [{ filters: [{ type: FilterType.REQUEST_REDIRECT, requestRedirect: { scheme: Scheme.HTTPS, statusCode: StatusCode.VALUE_301 } }] }],
      },
    });
  }

  /** Envoy Gateway's BackendTrafficPolicy for what the standard API lacks (implementation envoy-gateway only). */
  private policy(props: EdgeProps): void {
    const { env, serviceName } = props;
    const wanted = envoyPolicies(env, props.sticky);
    if (!wanted.affinity && !wanted.rateLimit) return;
    const spec: BackendTrafficPolicySpec = {
      targetRefs: [{ group: GATEWAY_GROUP, kind: 'HTTPRoute', name: serviceName }],
      loadBalancer: wanted.affinity
        ? { type: 'ConsistentHash', consistentHash: { type: 'Cookie', cookie: { name: `${serviceName}-session`, ttl: '24h', attributes: { SameSite: 'Lax' } } } }
        : undefined,
      rateLimit: wanted.rateLimit ? { local: { rules: perClientRules(env.ingress.rateLimit.requestsPerSecond) } } : undefined,
    };
    new BackendTrafficPolicy(this, 'policy', { name: serviceName, spec });
  }
}

/** One token bucket per client address (IPv4 and IPv6), `requestsPerSecond` tokens refilled every second. */
function perClientRules(requestsPerSecond: number): NonNullable<BackendTrafficPolicySpec['rateLimit']>['local']['rules'] {
  return ['0.0.0.0/0', '::/0'].map((value) => ({
    clientSelectors: [{ sourceCIDR: { type: 'Distinct' as const, value } }],
    limit: { requests: requestsPerSecond, unit: 'Second' as const },
  }));
}

/** The app's rules: everything, and the websocket path apart; both set the security headers and the timeout. */
function appRules(props: EdgeProps): HttpRouteSpecRules[] {
  const { env } = props;
  const headers = Object.entries(securityHeaders(env.ingress.hstsMaxAgeSeconds)).map(([name, value]) => ({ name, value }));
  const paths: Record<(typeof ROUTE_RULES)[number], string> = { app: '/', websocket: WEBSOCKET_PATH };
  return ROUTE_RULES.map((name) => ({
    name,
    matches: [{ path: { type: PathType.PATH_PREFIX, value: paths[name] } }],
    filters: [{ type: FilterType.RESPONSE_HEADER_MODIFIER, responseHeaderModifier: { set: headers } }],
    backendRefs: [{ group: '', kind: 'Service', name: props.serviceName, port: props.port }],
    // The whole exchange, a websocket session included (GEP-1742 `request`): ingress-nginx's
    // proxy-read-timeout is an idle timeout instead; docs/edge.md says what that changes.
    timeouts: { request: gatewayDuration(env.ingress.websocketTimeoutSeconds) },
  }));
}
