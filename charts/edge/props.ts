import { EnvironmentConfig } from '../../config/schema';

/** What every edge construct routes to. */
export interface EdgeProps {
  readonly env: EnvironmentConfig;
  /** The app Service (and the name of the edge's objects). */
  readonly serviceName: string;
  /** The Service port the edge routes to: its name (Ingress) and number (HTTPRoute backendRef). */
  readonly portName: string;
  readonly port: number;
  /** More than one replica: each websocket session must stay on its pod (cookie affinity). */
  readonly sticky: boolean;
}

/** Response headers of every edge: HSTS and the browser hardening headers. */
export function securityHeaders(hstsMaxAge: number): Record<string, string> {
  return {
    'Strict-Transport-Security': `max-age=${hstsMaxAge}; includeSubDomains`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
