import { EnvironmentConfig } from '../../../config/schema';
import { APP_NAME } from '../../app';
import { deliveryRules } from '../../delivery';
import { assistantRules } from './assistant';
import { backupRules } from './backup';
import { chromaRules } from './chroma';
import { cloudnativePgRules, cnpgPostgresqlRules } from './cloudnative-pg';
import { chromaBackupRules } from './chroma-backup';
import { llmRules } from './llm';
import { postgresqlRules } from './postgresql';
import { Alert, ComponentRules, RuleContext, ruleContext, severityOf } from './promql';
import { sloRules } from './slo';
import { storageRules } from './storage';
import { tlsRules } from './tls';
import { workloadRules } from './workloads';

export { Alert, ComponentRules } from './promql';

/** A rule as Prometheus reads it (the `rules:` entries of a rule group). */
export interface RenderedAlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: Record<string, string>;
  readonly annotations: { summary: string; description: string; runbook_url: string };
}

export interface RenderedRecordingRule {
  readonly record: string;
  readonly expr: string;
  readonly labels?: Record<string, string>;
}

export interface RenderedGroup {
  readonly name: string;
  readonly rules: (RenderedRecordingRule | RenderedAlertRule)[];
}

/** Every component's alerts for one environment, one entry per PrometheusRule. */
export function componentRules(env: EnvironmentConfig): ComponentRules[] {
  const ctx = ruleContext(env);
  return [
    assistantRules(ctx),
    sloRules(ctx),
    llmRules(ctx),
    workloadRules(ctx),
    ...deliveryRules(env, APP_NAME),
    ...databaseRules(ctx),
    chromaRules(ctx),
    storageRules(ctx),
    backupRules(ctx),
    chromaBackupRules(ctx),
    tlsRules(ctx),
  ];
}

/**
 * The database's alerts, chosen by `postgres.engine` here and nowhere else: the statefulset's
 * read postgres-exporter's pg_* names (job="postgresql"), the cloudnative-pg Cluster's the
 * instance manager's cnpg_* names and the Barman Cloud plugin's; neither engine serves the other's.
 */
function databaseRules(ctx: RuleContext): ComponentRules[] {
  const pg = ctx.env.postgres;
  switch (pg.engine) {
    case 'statefulset':
      return [postgresqlRules(ctx)];
    case 'cloudnative-pg': {
      const { instances, pooler } = pg.cloudnativePg;
      const settings = { instances, pooler: pooler.enabled ? { maxClientConnections: pooler.maxClientConn, defaultPoolSize: pooler.defaultPoolSize } : undefined };
      return [cnpgPostgresqlRules(ctx), cloudnativePgRules(ctx, settings)];
    }
  }
}

/** `<runbookBaseUrl>#<alert name in lower case>`: GitHub's anchor for the `## <AlertName>` heading. */
export function runbookUrl(env: EnvironmentConfig, alert: string): string {
  return `${env.monitoring.runbookBaseUrl}#${alert.toLowerCase()}`;
}

export function renderAlert(env: EnvironmentConfig, a: Alert): RenderedAlertRule {
  return {
    alert: a.alert,
    expr: a.expr,
    for: a.for,
    labels: { severity: severityOf(env, a.urgency), ...a.labels },
    annotations: { summary: a.summary, description: a.description, runbook_url: runbookUrl(env, a.alert) },
  };
}

/** The rule groups of one environment, as they appear in its PrometheusRules. */
export function ruleGroups(env: EnvironmentConfig): RenderedGroup[] {
  return componentRules(env).map((c) => ({
    name: c.component,
    rules: [...(c.recordings ?? []).map((r) => ({ ...r })), ...c.alerts.map((a) => renderAlert(env, a))],
  }));
}
