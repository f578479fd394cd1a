import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { namespacedPeer } from '../../lib/endpoint';
import { EdgeProps } from './props';

export { EdgeProps } from './props';

/**
 * The one place that picks the edge from config (`edge.kind`). Each edge's module is loaded
 * only when chosen: the Gateway API classes are large, and an environment without the mode
 * does not pay for them.
 */
export function addEdge(scope: Construct, id: string, props: EdgeProps): Construct {
  switch (props.env.edge.kind) {
    case 'ingress-nginx': {
      const { IngressNginxEdge } = require('./ingress-nginx') as typeof import('./ingress-nginx');
      return new IngressNginxEdge(scope, id, props);
    }
    case 'gateway-api': {
      const { GatewayApiEdge } = require('./gateway-api') as typeof import('./gateway-api');
      return new GatewayApiEdge(scope, id, props);
    }
  }
}

/** The namespace whose pods bring public traffic to the app: the ingress controller, or the Gateway's data plane. */
export function edgeNamespace(env: EnvironmentConfig): string {
  return env.edge.kind === 'gateway-api' ? env.edge.gatewayApi.dataPlaneNamespace : env.ingress.controllerNamespace;
}

/** The NetworkPolicy peer of the edge, for the app's ingress rule. */
export function edgePeer(env: EnvironmentConfig): k8s.NetworkPolicyPeer {
  return namespacedPeer(edgeNamespace(env));
}
