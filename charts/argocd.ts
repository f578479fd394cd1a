import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ClusterConfig, EnvironmentConfig } from '../config/schema';
import { Application, ApplicationSpecSyncPolicy, AppProject } from '../imports/argoproj.io';
import { recommendedLabels } from '../lib/labels';
import { SyncMode, syncModeOf } from '../lib/sync-waves';
import { identity } from './identities';
import { GroupKind, ManifestObject, resourceKinds } from '../lib/resource-kinds';

/** Folders of dist/ besides one per environment; config/load.ts refuses them as environment names. */
export const CLUSTER_FOLDER = 'cluster';
export const ARGOCD_FOLDER = 'argocd';

/** Deleting an Application with this finalizer deletes its objects too (a cascading delete). */
export const CASCADE_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/**
 * The namespace ships in dist/<env> (with its Pod Security labels), so Argo CD must not
 * create a bare one; prune only after everything else is applied; server-side apply has no
 * 256 KiB last-applied annotation limit (dashboards) and tracks field ownership exactly.
 */
export const SYNC_OPTIONS = ['CreateNamespace=false', 'PruneLast=true', 'ServerSideApply=true'];

/** A failed sync is retried 5 times, after 10 s, 20 s, 40 s, 80 s and 160 s (no wait longer than 3 min). */
export const SYNC_RETRY = { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } };

function syncPolicy(mode: SyncMode): ApplicationSpecSyncPolicy {
  return {
    // allowEmpty stays false: an empty folder (a broken synth) never prunes a whole environment.
    automated: mode === 'automated' ? { prune: true, selfHeal: true } : undefined,
    syncOptions: SYNC_OPTIONS,
    retry: SYNC_RETRY,
  };
}

export interface ArgoCdEnvironment {
  readonly env: EnvironmentConfig;
  /** The environment's rendered objects: the AppProject allows exactly their kinds. */
  readonly objects: readonly ManifestObject[];
}

export interface ArgoCdChartProps {
  readonly argocd: ClusterConfig['argocd'];
  readonly environments: readonly ArgoCdEnvironment[];
  /** The objects of dist/cluster/. */
  readonly clusterObjects: readonly ManifestObject[];
  readonly version: string;
}

const asList = (kinds: GroupKind[]) => kinds.map(({ group, kind }) => ({ group, kind }));

/**
 * dist/argocd/: two AppProjects and their Applications, installed with one
 * `kubectl apply -f dist/argocd/` (docs/deployment.md, "GitOps with Argo CD").
 *
 * * `<project>`: one Application per environment, each syncing `<path>/<env>` into its own
 *   namespace. Allowed: the repository, the environments' namespaces, and exactly the kinds
 *   the environments' manifests hold.
 * * `<project>-cluster`: one Application for `<path>/cluster` (the ClusterIssuers every
 *   environment uses), so no environment owns or prunes what the others need. It may create
 *   exactly the cluster-scoped kinds of that folder and no namespaced object at all.
 *
 * Only Applications that sync automatically (non-production tiers) carry the cascade
 * finalizer: deleting such an Application deletes its environment. Deleting a production
 * Application, or the cluster one, leaves every object running; PVCs carry
 * Prune=false,Delete=false besides.
 */
export class ArgoCdChart extends Chart {
  constructor(scope: Construct, id: string, props: ArgoCdChartProps) {
    super(scope, id, {
      labels: recommendedLabels(identity('gitops', props.argocd.namespace, props.version)),
    });
    const cfg = props.argocd;
    const folder = (name: string) => (cfg.path === '.' ? name : `${cfg.path}/${name}`);
    const source = (name: string) => ({ repoUrl: cfg.repoURL, targetRevision: cfg.targetRevision, path: folder(name) });
    const clusterProject = `${cfg.project}-${CLUSTER_FOLDER}`;

    const envKinds = resourceKinds(props.environments.flatMap((e) => e.objects));
    new AppProject(this, 'project', {
      metadata: { name: cfg.project, namespace: cfg.namespace },
      spec: {
        description: `llm-stack environments (${props.environments.map((e) => e.env.name).join(', ')}), rendered by cdk8s into ${folder('<env>')}`,
        sourceRepos: [cfg.repoURL],
        destinations: props.environments.map(({ env }) => ({ server: cfg.destinationServer, namespace: env.namespace })),
        clusterResourceWhitelist: asList(envKinds.clusterScoped),
        namespaceResourceWhitelist: asList(envKinds.namespaced),
      },
    });

    const clusterKinds = resourceKinds(props.clusterObjects);
    new AppProject(this, 'cluster-project', {
      metadata: { name: clusterProject, namespace: cfg.namespace },
      spec: {
        description: `llm-stack cluster-wide objects (${folder(CLUSTER_FOLDER)}): cluster-scoped kinds only, no namespaced object`,
        sourceRepos: [cfg.repoURL],
        // The Application has no destination namespace (its objects have none), and Argo CD v3.5
        // matches an empty one only against "*" (argo-cd#27003); the blacklist below forbids every
        // namespaced kind, so "*" grants nothing more.
        destinations: [{ server: cfg.destinationServer, namespace: '*' }],
        clusterResourceWhitelist: asList(clusterKinds.clusterScoped),
        namespaceResourceBlacklist: [{ group: '*', kind: '*' }],
      },
    });

    new Application(this, CLUSTER_FOLDER, {
      metadata: { name: clusterProject, namespace: cfg.namespace },
      spec: {
        project: clusterProject,
        source: source(CLUSTER_FOLDER),
        destination: { server: cfg.destinationServer },
        syncPolicy: syncPolicy(cfg.clusterSync),
      },
    });

    for (const { env } of props.environments) {
      const mode = syncModeOf(env);
      new Application(this, `env-${env.name}`, {
        metadata: {
          name: `${cfg.project}-${env.name}`,
          namespace: cfg.namespace,
          finalizers: mode === 'automated' ? [CASCADE_FINALIZER] : undefined,
        },
        spec: {
          project: cfg.project,
          source: source(env.name),
          destination: { server: cfg.destinationServer, namespace: env.namespace },
          syncPolicy: syncPolicy(mode),
        },
      });
    }
  }
}
