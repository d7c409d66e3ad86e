// One long-lived TLS channel to ConductorOne's BatonService, shared by every call of the process.
import { Client, credentials as grpcCredentials, type ChannelOptions } from '@grpc/grpc-js';
import type { C1Endpoint } from './endpoint.js';
import type { ProxySetting } from './proxy.js';

export interface ChannelSettings {
  readonly endpoint: C1Endpoint;
  /** PEM of every trusted CA (see trustedCertificates). */
  readonly ca: string;
  readonly userAgent: string;
  /** The HTTPS proxy to tunnel through, from proxyFor(); the same decision as the token request's. */
  readonly proxy?: ProxySetting | undefined;
}

// grpc-js backs off reconnects up to 120 s by default; after an outage the next poll should find the
// service again within seconds, so the ceiling is lower. No keepalive pings: gRPC servers commonly close
// connections that ping more often than every 5 minutes, and every call has a deadline anyway.
const OPTIONS: ChannelOptions = {
  'grpc.initial_reconnect_backoff_ms': 1_000,
  'grpc.max_reconnect_backoff_ms': 10_000,
  'grpc.max_receive_message_length': 16 * 1024 * 1024,
  // grpc-js would read only the lower-case proxy variables of process.env, and its own NO_PROXY rules; the
  // proxy decision is made once, in proxy.ts, and handed over below instead.
  'grpc.enable_http_proxy': 0,
};

export function openChannel(settings: ChannelSettings): Client {
  const tls = grpcCredentials.createSsl(Buffer.from(settings.ca));
  const options: ChannelOptions = { ...OPTIONS, 'grpc.primary_user_agent': settings.userAgent };
  const { proxy, endpoint } = settings;
  if (!proxy) return new Client(endpoint.authority, tls, options);
  // grpc-js's own proxy mechanism, given its inputs directly: dial the proxy, send CONNECT for the real
  // target, and verify TLS and set :authority against the real target, not the proxy.
  return new Client(`dns:${formatHostPort(proxy.host, proxy.port)}`, tls, {
    ...options,
    'grpc.http_connect_target': `dns:${endpoint.authority}`,
    ...(proxy.credentials ? { 'grpc.http_connect_creds': proxy.credentials } : {}),
    'grpc.default_authority': endpoint.authority,
  });
}

function formatHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
