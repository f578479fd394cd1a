import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { kubernetesApiEgress, podPeer, ServiceEndpoint, tcpPort } from '../../lib/endpoint';
import { recommendedLabels } from '../../lib/labels';
import { identity, podLabels } from '../identities';
import { ChromaChart } from '../chroma';
import { DatabaseEngine } from '../../lib/database-engine';
import { BACKUP_NAMES } from './names';
import { OffsiteUpload } from './offsite';

export interface BackupNetworkPoliciesProps {
  readonly env: EnvironmentConfig;
  readonly version: string;
  readonly postgres: DatabaseEngine;
  readonly chroma: ChromaChart;
  readonly offsite: OffsiteUpload;
}

/**
 * Backup pods accept no connections. They reach PostgreSQL (PostgreSQL's own policy
 * admits them), the object storage when off-site upload is on, Chroma's API in export
 * mode and, in snapshot mode, the Kubernetes API. DNS is allowed to every pod by the platform chart.
 */
export class BackupNetworkPolicies extends Construct {
  constructor(scope: Construct, id: string, props: BackupNetworkPoliciesProps) {
    super(scope, id);
    const { env } = props;
    const ns = env.namespace;
    const cfg = env.backup;
    const { dumpSource, primary } = props.postgres;
    const offsiteEgress = props.offsite.egress();
    new k8s.KubeNetworkPolicy(this, 'postgres', {
      metadata: { name: BACKUP_NAMES.postgresBackup },
      spec: {
        podSelector: { matchLabels: podLabels('postgresBackup', ns) },
        policyTypes: ['Ingress', 'Egress'],
        egress: [...databaseEgress(dumpSource, primary), ...offsiteEgress],
      },
    });
    const chroma = props.chroma.endpoint;
    const chromaEgress: Record<typeof cfg.chroma.mode, k8s.NetworkPolicyEgressRule[]> = {
      // The export and restore jobs talk to Chroma's HTTP API (Chroma's policy admits them);
      // the verification talks to its own scratch server on loopback, which no policy sees.
      export: [{ to: [podPeer(chroma.podLabels)], ports: [tcpPort(chroma.port)] }, ...offsiteEgress],
      snapshot: [kubernetesApiEgress(env.platform.kubernetesApi)],
      'unsafe-live-archive': offsiteEgress,
    };
    new k8s.KubeNetworkPolicy(this, 'chroma', {
      metadata: { name: BACKUP_NAMES.chromaBackup, labels: recommendedLabels(identity('chromaBackup', ns, props.version)) },
      spec: {
        podSelector: { matchLabels: podLabels('chromaBackup', ns) },
        policyTypes: ['Ingress', 'Egress'],
        egress: chromaEgress[cfg.chroma.mode],
      },
    });
  }
}

/** Egress to the server the dumps read from and the one restores write to: one rule when they are the same pods. */
function databaseEgress(...servers: ServiceEndpoint[]): k8s.NetworkPolicyEgressRule[] {
  const rules = servers.map((s) => ({ to: [podPeer(s.podLabels)], ports: [tcpPort(s.port)] }));
  return rules.filter((r, i) => rules.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i);
}
