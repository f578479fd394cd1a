import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import {
  Pooler,
  PoolerSpecPgbouncerPoolMode,
  PoolerSpecTemplateSpecContainersResourcesLimits,
  PoolerSpecTemplateSpecContainersResourcesRequests,
  PoolerSpecType,
} from '../../imports/postgresql.cnpg.io';
import { CLUSTER_NAME, POOLER_NAME, poolerPodLabels } from './names';

export interface CnpgPoolerProps {
  readonly env: EnvironmentConfig;
  /** @default CLUSTER_NAME ('postgresql') */
  readonly clusterName?: string;
  /** The Pooler's name, which is also its Service's. @default POOLER_NAME ('postgresql-pooler-rw') */
  readonly name?: string;
}

/**
 * PgBouncer in front of the primary (CloudNativePG Pooler, type rw), in transaction mode:
 * a server connection is held only for the length of a transaction, so many app
 * connections share few PostgreSQL backends (what the app must avoid in this mode:
 * docs/deployment.md, "Connection pooling"). The operator's auth_query user authenticates
 * the app's own role; no password is configured here.
 */
export class CnpgPooler extends Construct {
  readonly name: string;
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: CnpgPoolerProps) {
    super(scope, id);
    const cfg = props.env.postgres.cloudnativePg.pooler;
    this.name = props.name ?? POOLER_NAME;
    this.podLabels = poolerPodLabels(this.name);
    const parameters: Record<string, string> = {
      default_pool_size: String(cfg.defaultPoolSize),
      max_client_conn: String(cfg.maxClientConn),
      ...(cfg.maxPreparedStatements === undefined ? {} : { max_prepared_statements: String(cfg.maxPreparedStatements) }),
    };
    new Pooler(this, 'Resource', {
      metadata: { name: this.name },
      spec: {
        cluster: { name: props.clusterName ?? CLUSTER_NAME },
        type: PoolerSpecType.RW,
        instances: cfg.instances,
        pgbouncer: { poolMode: PoolerSpecPgbouncerPoolMode.TRANSACTION, parameters },
        template: {
          spec: {
            containers: [
              {
                name: 'pgbouncer',
                resources: {
                  requests: {
                    cpu: PoolerSpecTemplateSpecContainersResourcesRequests.fromString(cfg.resources.requests.cpu),
                    memory: PoolerSpecTemplateSpecContainersResourcesRequests.fromString(cfg.resources.requests.memory),
                  },
                  limits: {
                    cpu: PoolerSpecTemplateSpecContainersResourcesLimits.fromString(cfg.resources.limits.cpu),
                    memory: PoolerSpecTemplateSpecContainersResourcesLimits.fromString(cfg.resources.limits.memory),
                  },
                },
              },
            ],
            // One PgBouncer per node where there are enough nodes.
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: this.podLabels } }],
          },
        },
      },
    });
  }
}
