// Creates the connector's HTTP clients on first use, so building a connector needs no credentials and no network.
import type { Logger } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import { createScimHttpClient, type ScimHttpClient } from '../http/client.js';
import type { ScimHttpOptions } from '../http/options.js';
import type { ClientOverrides, ScimProviderHooks } from '../provider/hooks.js';
import { httpAuth, type ScimCredentials } from './credentials.js';

/** Client tunables a host or a test may override; the rest comes from the config. */
export type HttpOverrides = Partial<
  Pick<ScimHttpOptions, 'timeouts' | 'retry' | 'maxResponseBytes' | 'connections' | 'maxConcurrency' | 'maxRedirects' | 'sleep' | 'now' | 'random'>
>;

export interface ClientSetup {
  readonly config: ScimConfig;
  readonly credentials: ScimCredentials;
  readonly hooks: ScimProviderHooks;
  readonly logger: Logger;
  readonly http: HttpOverrides;
  readonly userAgent: string | undefined;
}

export class HttpClients {
  private main: Promise<ScimHttpClient> | undefined;
  private readonly extra: ScimHttpClient[] = [];

  constructor(private readonly setup: ClientSetup) {}

  /** The client for `apiEndpoint`; a failure (e.g. a missing credential) is not remembered, so a fix can be retried. */
  scim(): Promise<ScimHttpClient> {
    this.main ??= this.build().catch((err: unknown) => {
      this.main = undefined;
      throw err;
    });
    return this.main;
  }

  create(overrides: ClientOverrides): ScimHttpClient {
    const client = createScimHttpClient({
      ...this.common(),
      baseUrl: overrides.baseUrl,
      auth: overrides.auth,
      ...(overrides.headers === undefined ? {} : { headers: overrides.headers }),
      scimAccept: overrides.scimAccept ?? false,
    });
    this.extra.push(client);
    return client;
  }

  async close(): Promise<void> {
    const pending = this.main;
    this.main = undefined;
    // A client whose construction failed holds no sockets; its error was already reported to the caller.
    const main = pending ? await pending.catch(() => undefined) : undefined;
    const clients = [...this.extra.splice(0), ...(main ? [main] : [])];
    await Promise.all(clients.map((c) => c.close()));
  }

  private async build(): Promise<ScimHttpClient> {
    const { config, credentials, hooks, logger } = this.setup;
    const headers: Record<string, string> = { ...config.headers };
    let auth: ScimHttpOptions['auth'];
    if (hooks.authenticate) {
      Object.assign(headers, await hooks.authenticate({ config, credentials, logger }));
      auth = { type: 'none' };
    } else {
      auth = httpAuth(config, credentials);
    }
    return createScimHttpClient({ ...this.common(), baseUrl: config.apiEndpoint, auth, headers, scimAccept: config.hasScimHeader, bodyMediaType: config.bodyMediaType });
  }

  /** The config's `http` section, under what the host overrides. */
  private common(): Omit<ScimHttpOptions, 'baseUrl' | 'auth'> {
    const { http, logger, userAgent, config } = this.setup;
    const tuning = config.http;
    const maxResponseBytes = http.maxResponseBytes ?? tuning.maxResponseBytes;
    // Enough pooled connections for the index pages fetched at once, unless the caller sized the pool itself.
    const pages = config.pagination.concurrency;
    const connections = http.connections === undefined && pages > 4 ? { connections: pages } : {};
    return {
      ...connections,
      ...http,
      timeouts: { ...tuning.timeouts, ...http.timeouts },
      retry: { ...tuning.retry, ...http.retry },
      ...(maxResponseBytes === undefined ? {} : { maxResponseBytes }),
      ...(tuning.rateLimits === undefined ? {} : { rateLimits: tuning.rateLimits }),
      ...(tuning.retryOn403Reasons === undefined ? {} : { retryOn403Reasons: tuning.retryOn403Reasons }),
      logger,
      ...(userAgent === undefined ? {} : { userAgent }),
    };
  }
}
