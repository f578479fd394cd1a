// The app's metrics contract: what the API Integration Assistant must serve on its metrics
// port for the LLM alerts and dashboard panels to work. Streamlit serves no Prometheus
// metrics of its own (unknown paths return its index.html), so this is a requirement on the
// app, documented in docs/metrics.md, not a description of today's image.
//
// Names follow the OpenTelemetry GenAI semantic conventions (gen-ai-metrics.md, semconv
// v1.37.0) as the OpenTelemetry Prometheus exporter renders them: dots become underscores,
// the unit `s` becomes the suffix `_seconds`, and `{token}` adds none.

/** `gen_ai.client.operation.duration`: histogram of LLM API calls, seconds. */
export const GEN_AI_DURATION = 'gen_ai_client_operation_duration_seconds';
/** `gen_ai.client.token.usage`: histogram of tokens per call, by `gen_ai_token_type`. */
export const GEN_AI_TOKENS = 'gen_ai_client_token_usage';

/**
 * `http.server.request.duration` (OTel HTTP semantic conventions, stable; semconv v1.37.0
 * http-metrics.md): histogram of the HTTP requests the app's server answers, seconds. Its
 * per-pod series tell a canary's requests from the stable pods' (charts/delivery/analysis.ts):
 * the ingress controller's metrics do not name the pod that answered.
 */
export const HTTP_SERVER_DURATION = 'http_server_request_duration_seconds';

/** `error_type` values that count as provider failures (429 is rate limiting, apart). */
export const LLM_ERROR_TYPES = '5..|timeout|connection_error|_OTHER';

export interface ContractMetric {
  readonly name: string;
  readonly type: 'histogram' | 'counter' | 'gauge';
  readonly otel: string;
  readonly unit: string;
  readonly description: string;
  readonly labels: Record<string, string>;
  /** Upper bounds of the histogram buckets (`le`), +Inf implied. */
  readonly buckets?: readonly number[];
}

const COMMON_LABELS = {
  gen_ai_operation_name: 'The operation: `chat`, `embeddings` (OTel `gen_ai.operation.name`).',
  gen_ai_provider_name: 'The provider: `groq`, `openai`, `ollama` (OTel `gen_ai.provider.name`; the app\'s LLM_PROVIDER).',
  gen_ai_request_model: 'The model asked for, e.g. the GROQ_MODEL setting (OTel `gen_ai.request.model`).',
};

export const APP_METRICS_CONTRACT: readonly ContractMetric[] = [
  {
    name: GEN_AI_DURATION,
    type: 'histogram',
    otel: 'gen_ai.client.operation.duration',
    unit: 's',
    description: 'Duration of each LLM API call, measured by the app around the client call, including retries the client makes on its own.',
    labels: {
      ...COMMON_LABELS,
      error_type:
        'Only on failed calls: the HTTP status of the provider\'s answer (`429`, `500`, `503`, ...), `timeout`, `connection_error`, or `_OTHER` (OTel `error.type`). Absent or empty on success.',
    },
    // The OTel GenAI convention's advisory buckets; they reach past the 30 s latency threshold.
    buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
  },
  {
    name: HTTP_SERVER_DURATION,
    type: 'histogram',
    otel: 'http.server.request.duration',
    unit: 's',
    description:
      'Duration of each HTTP request the app\'s web server answers (page loads, assets, uploads, health checks). A websocket session is recorded once, when it closes, with status 101 (as ingress-nginx does): the latency queries leave 101 out.',
    labels: {
      http_request_method: 'The request method: `GET`, `POST`, ... (OTel `http.request.method`).',
      http_response_status_code: 'The status code of the answer: `200`, `101`, `500`, ... (OTel `http.response.status_code`).',
      http_route: 'The matched route template, e.g. `/_stcore/health`, `/_stcore/stream` (OTel `http.route`); never the raw path.',
    },
    // The OTel HTTP convention's advisory buckets stop at 10 s; these reach past the 30 s SLO threshold.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  },
  {
    name: GEN_AI_TOKENS,
    type: 'histogram',
    otel: 'gen_ai.client.token.usage',
    unit: '{token}',
    description: 'Tokens of each successful LLM API call as the provider reports them (`usage` in the answer); `_sum` is the token counter the budget alert reads.',
    labels: { ...COMMON_LABELS, gen_ai_token_type: '`input` or `output` (OTel `gen_ai.token.type`).' },
    buckets: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
  },
];
