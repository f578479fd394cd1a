import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { podPeer, tcpPort } from '../lib/endpoint';
import { recommendedLabels, selectorLabels } from '../lib/labels';
import { container, podTemplate, scratchVolume } from '../lib/workload';
import { APP_RUN_AS, DatabaseConnection } from './app';
import { identity } from './identities';
import { imageBuildId, imageVersion } from '../lib/image';

export const MIGRATION_NAME = 'assistant-migrate';

export interface MigrationChartProps {
  readonly env: EnvironmentConfig;
  readonly database: DatabaseConnection;
  /** ConfigMap with the app's settings (database host, port, name, user). */
  readonly appConfigMapName: string;
}

/**
 * The schema migration Job: the app image's migration command, run after the database and
 * before the new app version. Under Argo CD it is a Sync hook (wave 4, docs/deployment.md);
 * the name carries the image tag (and short digest), so a plain `kubectl apply` runs it once per build.
 */
export class MigrationChart extends Chart {
  readonly jobName: string;

  constructor(scope: Construct, id: string, props: MigrationChartProps) {
    const { env, database } = props;
    const app = env.app;
    const ident = identity('migration', env.namespace, imageVersion(app.image));
    super(scope, id, { namespace: env.namespace, labels: recommendedLabels(ident) });
    const selector = selectorLabels(ident);
    this.jobName = `${MIGRATION_NAME}-${imageBuildId(app.image).toLowerCase().replace(/[^a-z0-9-]/g, '-')}`.slice(0, 63).replace(/-+$/, '');

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: MIGRATION_NAME },
      automountServiceAccountToken: false,
    });

    new k8s.KubeJob(this, 'job', {
      metadata: {
        name: this.jobName,
        annotations: {
          'argocd.argoproj.io/hook': 'Sync',
          'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
        },
      },
      spec: {
        backoffLimit: app.migration.backoffLimit,
        activeDeadlineSeconds: app.migration.activeDeadlineSeconds,
        ttlSecondsAfterFinished: 7 * 24 * 3600,
        template: podTemplate({
          labels: recommendedLabels(ident),
          serviceAccountName: MIGRATION_NAME,
          runAs: APP_RUN_AS,
          restartPolicy: 'Never',
          initContainers: [
            // Under plain kubectl the Job may start before the database accepts connections.
            // It runs as the app's uid, which the postgres image's /etc/passwd does not list:
            // without --username libpq has no user name and pg_isready answers "no attempt"
            // (exit 3) forever (issue 9 item 1; test/stack-smoke.test.ts runs it).
            container({
              name: 'wait-for-database',
              image: env.postgres.image,
              runAs: APP_RUN_AS,
              resources: env.platform.containerDefaults,
              command: [
                'sh',
                '-c',
                `until pg_isready --host="${database.host}" --port="${database.port}" --username="${database.user}" --dbname="${database.database}" --timeout=3; do sleep 2; done`,
              ],
            }),
          ],
          containers: [
            container({
              name: 'migrate',
              image: app.image,
              runAs: APP_RUN_AS,
              resources: app.resources,
              command: app.migration.command,
              envFrom: [{ configMapRef: { name: props.appConfigMapName } }],
              env: [database.passwordEnv('DATABASE_PASSWORD'), { name: 'HOME', value: '/tmp' }],
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            }),
          ],
          volumes: [scratchVolume('tmp')],
        }),
      },
    });

    new k8s.KubeNetworkPolicy(this, 'netpol', {
      metadata: { name: MIGRATION_NAME },
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress', 'Egress'],
        egress: [{ to: [podPeer(database.podLabels)], ports: [tcpPort(database.port)] }],
      },
    });
  }
}
