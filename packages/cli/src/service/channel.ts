// One long-lived TLS channel to ConductorOne's BatonService, shared by every call of the process.
import { Client, credentials as grpcCredentials, type ChannelOptions } from '@grpc/grpc-js';
import type { C1Endpoint } from './endpoint.js';

export interface ChannelSettings {
  readonly endpoint: C1Endpoint;
  /** PEM of every trusted CA (Node's roots plus NODE_EXTRA_CA_CERTS). */
  readonly ca: string;
  readonly userAgent: string;
}

// grpc-js backs off reconnects up to 120 s by default; after an outage the next poll should find the
// service again within seconds, so the ceiling is lower. No keepalive pings: gRPC servers commonly close
// connections that ping more often than every 5 minutes, and every call has a deadline anyway.
const OPTIONS: ChannelOptions = {
  'grpc.initial_reconnect_backoff_ms': 1_000,
  'grpc.max_reconnect_backoff_ms': 10_000,
  'grpc.max_receive_message_length': 16 * 1024 * 1024,
};

export function openChannel(settings: ChannelSettings): Client {
  const tls = grpcCredentials.createSsl(Buffer.from(settings.ca));
  return new Client(settings.endpoint.authority, tls, { ...OPTIONS, 'grpc.primary_user_agent': settings.userAgent });
}
