import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { namespacedPeer, tcpPort } from '../../lib/endpoint';
import { ACME_SOLVER_PORT, ACME_SOLVER_SELECTOR } from './acme';
import { EdgeProps, securityHeaders } from './props';

/**
 * The ingress-nginx edge (`edge.kind: ingress-nginx`, the default): an Ingress with the
 * controller's annotations, its security-headers ConfigMap, and the ACME solver's policy.
 */
export class IngressNginxEdge extends Construct {
  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);
    const { env, serviceName } = props;
    const ingress = env.ingress;
    const headers = `${serviceName}-security-headers`;
    new k8s.KubeIngress(this, 'ingress', {
      metadata: { name: serviceName, annotations: ingressAnnotations(env, props.sticky, `${env.namespace}/${headers}`, serviceName) },
      spec: {
        ingressClassName: ingress.className,
        tls: [{ hosts: [ingress.host], secretName: `${serviceName}-tls` }],
        rules: [
          {
            host: ingress.host,
            http: {
              paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: serviceName, port: { name: props.portName } } } }],
            },
          },
        ],
      },
    });
    new k8s.KubeConfigMap(this, 'security-headers', {
      metadata: { name: headers },
      data: securityHeaders(ingress.hstsMaxAgeSeconds),
    });
    // The Ingress's certificate is issued over ACME HTTP-01: cert-manager starts a solver pod
    // in this namespace, and Let's Encrypt reaches it through the ingress controller. Under
    // default-deny-all that one flow must be allowed, or no certificate is ever issued.
    new k8s.KubeNetworkPolicy(this, 'acme-solver-netpol', {
      metadata: { name: 'acme-http01-solver' },
      spec: {
        podSelector: { matchLabels: ACME_SOLVER_SELECTOR },
        policyTypes: ['Ingress'],
        ingress: [{ from: [namespacedPeer(ingress.controllerNamespace)], ports: [tcpPort(ACME_SOLVER_PORT)] }],
      },
    });
  }
}

/**
 * ingress-nginx annotations: TLS via cert-manager, HTTPS only, the seed's per-client rate
 * limit, upload size, and (with more than one replica) cookie affinity for Streamlit's
 * per-session websocket.
 */
export function ingressAnnotations(env: EnvironmentConfig, sticky: boolean, headersConfigMap: string, appName: string): Record<string, string> {
  const { settings } = env.app;
  const timeout = String(env.ingress.websocketTimeoutSeconds);
  const annotations: Record<string, string> = {
    'cert-manager.io/cluster-issuer': env.ingress.clusterIssuer,
    'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
    'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true',
    'nginx.ingress.kubernetes.io/custom-headers': headersConfigMap,
    'nginx.ingress.kubernetes.io/proxy-body-size': `${settings.maxFileSizeMb}m`,
    'nginx.ingress.kubernetes.io/proxy-read-timeout': timeout,
    'nginx.ingress.kubernetes.io/proxy-send-timeout': timeout,
    ...rateLimitAnnotations(env.ingress.rateLimit),
  };
  if (sticky) {
    Object.assign(annotations, {
      'nginx.ingress.kubernetes.io/affinity': 'cookie',
      'nginx.ingress.kubernetes.io/affinity-mode': 'persistent',
      'nginx.ingress.kubernetes.io/session-cookie-name': `${appName}-session`,
      'nginx.ingress.kubernetes.io/session-cookie-max-age': '86400',
      'nginx.ingress.kubernetes.io/session-cookie-secure': 'true',
      'nginx.ingress.kubernetes.io/session-cookie-samesite': 'Lax',
    });
  }
  return annotations;
}

/**
 * ingress-nginx's per-client limit (limit_req keyed by the client address): a steady rate per
 * second and a burst of rate x multiplier. It counts every request, assets included, so it is
 * set for page loads, not for the app's own per-user question limit (RATE_LIMIT_*). The status
 * code of a refusal (429 rather than 503) is the controller-wide ConfigMap key
 * limit-req-status-code: there is no per-Ingress annotation for it (docs/deployment.md).
 */
export function rateLimitAnnotations(limit: { requestsPerSecond: number; burstMultiplier: number }): Record<string, string> {
  return {
    'nginx.ingress.kubernetes.io/limit-rps': String(limit.requestsPerSecond),
    'nginx.ingress.kubernetes.io/limit-burst-multiplier': String(limit.burstMultiplier),
  };
}
