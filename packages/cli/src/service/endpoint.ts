// Where ConductorOne is reached: the tenant host on port 443, unless BATON_C1_API_HOST overrides host and port.
import { UsageError } from '../options/usage-error.js';

export const API_HOST_ENV = 'BATON_C1_API_HOST';

export interface C1Endpoint {
  /** `host:port`, dialled for gRPC and for the token request. */
  readonly authority: string;
  readonly hostname: string;
  readonly port: number;
  /** The token audience: the host without its port. */
  readonly audience: string;
}

export function resolveEndpoint(tenantHost: string, env: NodeJS.ProcessEnv): C1Endpoint {
  const override = env[API_HOST_ENV]?.trim();
  const raw = override !== undefined && override !== '' ? override : tenantHost;
  // A tenant host taken from the client id is not quoted back, as the id itself is not.
  const shown = override ? `"${raw}"` : 'the tenant host';
  let url: URL;
  try {
    url = new URL(`https://${raw}`);
  } catch {
    throw new UsageError([`${override ? API_HOST_ENV : 'client id'}: ${shown} is not a host name or host:port`]);
  }
  if (url.pathname !== '/' || url.search !== '' || url.username !== '') {
    throw new UsageError([`${override ? API_HOST_ENV : 'client id'}: ${shown} must be a bare host or host:port`]);
  }
  const port = url.port === '' ? 443 : Number(url.port);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { authority: `${url.hostname}:${port}`, hostname, port, audience: hostname };
}
