/**
 * Envoy's default histogram buckets in milliseconds (envoy v1.39.0, the proxy image of Envoy
 * Gateway v1.9.0: source/common/stats/histogram_impl.cc HistogramSettingsImpl::defaultBuckets).
 * The latency SLO reads the bucket of monitoring.slo.latencySeconds, so it must be one of these.
 */
export const ENVOY_BUCKETS_MS: readonly number[] = [0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000];
