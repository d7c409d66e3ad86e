// The health endpoints of Go's --health-check: /live (the process runs), /ready (connected to ConductorOne
// and not stopping), /health (the connector's validation against the service provider passes). Kubernetes
// probes /live and /ready; /health makes a request to the service provider, so it is for people and monitors.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connector, Logger } from '@baton-scim/core';
import { scrubText } from '../output/logger.js';

const VALIDATE_TIMEOUT_MS = 30_000;

export interface HealthSettings {
  readonly bindAddress: string;
  readonly port: number;
}

export interface HealthState {
  /** Set once the startup Hello succeeded; cleared while stopping. */
  ready: boolean;
}

export interface HealthServer {
  readonly address: string;
  readonly state: HealthState;
  close(): Promise<void>;
}

export async function startHealthServer(settings: HealthSettings, connector: Connector, logger: Logger, signal: AbortSignal, secrets: readonly string[]): Promise<HealthServer> {
  const state: HealthState = { ready: false };
  const server: Server = createServer((req, res) => {
    void answer(req, res, state, connector, logger, signal, secrets).catch((err: unknown) => {
      logger.warn({ error: (err as Error).message }, 'health check answer failed');
      if (!res.headersSent) reply(res, 500, { status: 'error' });
    });
  });
  // Probes are short requests; nothing should hold the server open while the process stops.
  server.headersTimeout = 10_000;
  server.requestTimeout = VALIDATE_TIMEOUT_MS + 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.bindAddress, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot start the health check server on ${settings.bindAddress}:${settings.port} (${err.code ?? err.message}); choose another --health-check-port or --health-check-bind-address`);
  });
  const info = server.address() as AddressInfo;
  const address = `${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`;
  logger.info({ address, endpoints: ['/health', '/ready', '/live'] }, 'health check server listening');
  return {
    address,
    state,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, state: HealthState, connector: Connector, logger: Logger, stopping: AbortSignal, secrets: readonly string[]): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return reply(res, 405, { status: 'method_not_allowed' });
  }
  const path = (req.url ?? '/').split('?')[0];
  switch (path) {
    case '/live':
      return reply(res, 200, { status: 'alive' });
    case '/ready':
      return state.ready && !stopping.aborted
        ? reply(res, 200, { status: 'ready' })
        : reply(res, 503, { status: 'not_ready', details: { reason: stopping.aborted ? 'stopping' : 'not connected to ConductorOne yet' } });
    case '/health': {
      try {
        await connector.validate(AbortSignal.any([stopping, AbortSignal.timeout(VALIDATE_TIMEOUT_MS)]));
        return reply(res, 200, { status: 'healthy' });
      } catch (err) {
        const message = scrubText(err instanceof Error ? err.message : String(err), secrets);
        logger.warn({ error: message }, 'health check failed: connector validation failed');
        return reply(res, 503, { status: 'unhealthy', details: { error: 'connector validation failed', validation_error: message } });
      }
    }
    default:
      return reply(res, 404, { status: 'not_found', details: { endpoints: '/health, /ready, /live' } });
  }
}

function reply(res: ServerResponse, status: number, body: { status: string; details?: Record<string, string> }): void {
  const text = JSON.stringify({ status: body.status, timestamp: new Date().toISOString(), ...(body.details ? { details: body.details } : {}) });
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(`${text}\n`);
}
