// Flags of Go's connector runner. Service mode implements --health-check* and --sync-resource-types; the
// rest are accepted, so a command line or environment copied from a Go connector still starts, and each one
// given is named in a warning saying it has no effect here.
import type { FlagSpec } from './flags.js';

export const RUNNER_FLAGS: readonly FlagSpec[] = [
  { name: 'health-check', kind: 'boolean', defaultValue: false, description: 'Service mode: serve /health, /ready and /live over HTTP (for Kubernetes probes)' },
  { name: 'health-check-port', kind: 'string', defaultValue: '8081', description: 'Service mode: port of the health check server' },
  { name: 'health-check-bind-address', kind: 'string', defaultValue: '127.0.0.1', description: 'Service mode: address the health check server listens on (0.0.0.0 for a pod probe)', hidden: true },
  { name: 'sync-resource-types', kind: 'string', description: 'Service mode: comma-separated resource type ids that sync tasks sync when the task names none (e.g. user,group)' },
];

/** Accepted for compatibility with Go connectors; not implemented. */
export const UNIMPLEMENTED_RUNNER_FLAGS: readonly FlagSpec[] = ([
  ['log-path', 'string'],
  ['log-level-debug-expires-at', 'string'],
  ['http-timeout-seconds', 'string'],
  ['otel-collector-endpoint', 'string'],
  ['otel-collector-endpoint-tls-cert', 'string'],
  ['otel-collector-endpoint-tls-cert-path', 'string'],
  ['otel-collector-endpoint-tls-insecure', 'boolean'],
  ['otel-tracing-disabled', 'boolean'],
  ['otel-logging-disabled', 'boolean'],
  ['workers', 'string'],
  ['parallel-sync', 'boolean'],
  ['storage-engine', 'string'],
  ['keep-previous-sync-c1z', 'boolean'],
  ['external-resource-c1z', 'string'],
  ['external-resource-entitlement-id-filter', 'string'],
  ['sync-resources', 'string'],
  ['skip-entitlements-and-grants', 'boolean'],
  ['skip-grants', 'boolean'],
  ['ticketing', 'boolean'],
  ['auth-method', 'string'],
  ['session-store-maximum-size', 'string'],
] as const).map(([name, kind]) => ({ name, kind, hidden: true, description: 'Accepted for compatibility with Go connectors; has no effect (a warning says so)' }));

/** The not-implemented runner flags that were given (not defaults), spelled as flags. */
export function givenUnimplementedFlags(source: (name: string) => string | undefined): string[] {
  return UNIMPLEMENTED_RUNNER_FLAGS.filter((f) => {
    const s = source(f.name);
    return s !== undefined && s !== 'default';
  }).map((f) => `--${f.name}`);
}
