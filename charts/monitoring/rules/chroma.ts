import { CHROMA_NAME } from '../../chroma';
import { ComponentRules, RuleContext } from './promql';

/** Chroma exposes no Prometheus metrics; its health is its StatefulSet's readiness (GET /api/v2/heartbeat). */
export function chromaRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const statefulset = `statefulset="${CHROMA_NAME}"`;
  return {
    component: 'chroma',
    alerts: [
      {
        alert: 'ChromaNotReady',
        expr: [
          sel('kube_statefulset_status_replicas_ready', statefulset),
          `<`,
          sel('kube_statefulset_replicas', statefulset),
        ].join('\n'),
        for: '5m',
        urgency: 'page',
        summary: 'Chroma is not ready in {{ $labels.namespace }}.',
        description:
          'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} has had {{ $value }} ready replicas, fewer than desired, for 5 minutes. ' +
          'Chroma runs one replica: the assistant cannot retrieve documents and its answers fail or lose their sources.',
      },
    ],
  };
}
