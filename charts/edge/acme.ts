/**
 * cert-manager's HTTP-01 solver pod: its identifying label and listen port, at cert-manager
 * v1.21.1 (pkg/apis/acme/v1/types.go SolverIdentificationLabelKey, set in
 * pkg/issuer/acme/http/pod.go podLabels; pkg/issuer/acme/http/http.go acmeSolverListenPort).
 */
export const ACME_SOLVER_SELECTOR = { 'acme.cert-manager.io/http01-solver': 'true' };
export const ACME_SOLVER_PORT = 8089;

/** The listeners of the Gateway that `edge.gatewayApi.gateway.create` renders. */
export const HTTPS_LISTENER = 'https';
export const HTTP_LISTENER = 'http';

