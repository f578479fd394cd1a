import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';

export interface StatefulServicesProps {
  readonly name: string;
  readonly selector: Record<string, string>;
  readonly ports: { readonly name: string; readonly port: number }[];
}

/**
 * The two Services a StatefulSet needs: `<name>-headless` gives each pod a stable DNS
 * name (the StatefulSet's serviceName), `<name>` is what clients connect to.
 */
export function statefulServices(scope: Construct, props: StatefulServicesProps): { headless: string; client: string } {
  const ports = props.ports.map((p) => ({
    name: p.name,
    port: p.port,
    targetPort: k8s.IntOrString.fromString(p.name),
    protocol: 'TCP',
  }));
  const headless = `${props.name}-headless`;
  new k8s.KubeService(scope, 'headless-service', {
    metadata: { name: headless },
    spec: { clusterIp: 'None', publishNotReadyAddresses: true, selector: props.selector, ports },
  });
  new k8s.KubeService(scope, 'service', {
    metadata: { name: props.name },
    spec: { type: 'ClusterIP', selector: props.selector, ports },
  });
  return { headless, client: props.name };
}
