// Where ConductorOne is reached: the tenant host on port 443, unless BATON_C1_API_HOST overrides host and port.
// The override changes only where the token request and gRPC calls go; the token audience stays the tenant
// host of the client id, as Go's SDK has it, so a private or regional endpoint gets a token for the tenant.
import { UsageError } from '../options/usage-error.js';

export const API_HOST_ENV = 'BATON_C1_API_HOST';

export interface C1Endpoint {
  /** `host:port`, dialled for gRPC and for the token request. */
  readonly authority: string;
  readonly hostname: string;
  readonly port: number;
  /** The token audience: the client id's tenant host without a port, whatever BATON_C1_API_HOST says. */
  readonly audience: string;
}

export function resolveEndpoint(tenantHost: string, env: NodeJS.ProcessEnv): C1Endpoint {
  const override = env[API_HOST_ENV]?.trim();
  const raw = override !== undefined && override !== '' ? override : tenantHost;
  let url: URL;
  try {
    url = new URL(`https://${raw}`);
  } catch {
    throw new UsageError([`${override ? API_HOST_ENV : 'client id'}: "${raw}" is not a host name or host:port`]);
  }
  if (url.pathname !== '/' || url.search !== '' || url.username !== '') {
    throw new UsageError([`${override ? API_HOST_ENV : 'client id'}: "${raw}" must be a bare host or host:port`]);
  }
  const port = url.port === '' ? 443 : Number(url.port);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { authority: `${url.hostname}:${port}`, hostname, port, audience: withoutPort(tenantHost) };
}

function withoutPort(host: string): string {
  try {
    return new URL(`https://${host}`).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return host;
  }
}
