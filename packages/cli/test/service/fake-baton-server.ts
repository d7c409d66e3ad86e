// A fake ConductorOne BatonService for tests: TLS with a test CA, a token endpoint that verifies the client
// assertion, a task queue, and a record of every Hello, heartbeat, upload and FinishTask it received.
import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  Server, ServerCredentials, status, type Metadata, type sendUnaryData, type ServerReadableStream,
  type ServerUnaryCall, type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { BATON_SERVICE } from '../../src/service/grpc-methods.js';
import type { FinishTaskRequest, HelloRequest, Task } from '../../src/service/pb.js';
import { openFrontDoor, type FrontDoor } from './front-door.js';
import type { TestClient } from './client-credentials.js';
import type { TestTls } from './test-ca.js';
import { createTokenEndpoint, type TokenEndpoint } from './token-endpoint.js';

export interface HeartbeatPlan {
  /** Answer heartbeat number `n` (1-based) of a task. */
  (taskId: string, n: number): { cancelled?: boolean; nextHeartbeatMs?: number; fail?: boolean };
}

export interface Upload {
  readonly taskId: string;
  readonly hostId: string;
  readonly data: Buffer;
  readonly chunkSizes: number[];
}

export interface FakeBatonOptions {
  readonly tls: TestTls;
  readonly client: TestClient;
  readonly tokenLifetimeSeconds?: number;
  readonly nextPollMs?: number;
  readonly nextHeartbeatMs?: number;
}

export class FakeBatonServer {
  readonly hellos: HelloRequest[] = [];
  readonly finished = new Map<string, FinishTaskRequest>();
  readonly uploads: Upload[] = [];
  readonly heartbeats: string[] = [];
  /** Calls refused for a missing, unknown or expired token. */
  unauthenticated = 0;
  polls = 0;
  heartbeatPlan: HeartbeatPlan = () => ({});
  /** Upload streams still to be refused with UNAVAILABLE after they were read whole, as a dropped stream. */
  failUploads = 0;
  /** Upload streams refused so far. */
  failedUploads = 0;
  private readonly queue: Task[] = [];

  private constructor(
    readonly events: EventEmitter,
    private readonly grpc: Server,
    private readonly door: FrontDoor,
    readonly tokens: TokenEndpoint,
    private readonly options: FakeBatonOptions,
  ) {}

  static async start(options: FakeBatonOptions): Promise<FakeBatonServer> {
    const grpc = new Server();
    const events = new EventEmitter();
    const tokens = createTokenEndpoint(
      // The audience is the client id's tenant host, not the address the test reaches the server at
      // (BATON_C1_API_HOST): ConductorOne checks the token is meant for the tenant.
      { clientId: options.client.clientId, publicKey: options.client.publicKey, audience: tenantHostOf(options.client.clientId), lifetimeSeconds: options.tokenLifetimeSeconds ?? 3600 },
      () => events.emit('token'),
    );
    const grpcPort = await new Promise<number>((resolve, reject) =>
      grpc.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))));
    const door = await openFrontDoor(options.tls, grpcPort, tokens.server, () => events.emit('refused'));
    const fake = new FakeBatonServer(events, grpc, door, tokens, options);
    grpc.addService(BATON_SERVICE, fake.implementation());
    return fake;
  }

  /** What BATON_C1_API_HOST must say to reach this server. */
  get authority(): string {
    return `localhost:${this.door.port}`;
  }

  get refusedConnections(): number {
    return this.door.refused;
  }

  setDown(down: boolean): void {
    this.door.setDown(down);
  }

  /** Queues a task and returns its id (27 alphanumerics, as ConductorOne's ids are). */
  enqueue(task: Omit<Task, 'id'>): string {
    const id = taskId();
    this.queue.push({ ...task, id });
    return id;
  }

  /** Resolves with the first event of `name` whose argument satisfies `accept` (or has already happened). */
  waitFor<T>(name: string, accept: (value: T) => boolean = () => true, already?: () => T | undefined): Promise<T> {
    const done = already?.();
    if (done !== undefined) return Promise.resolve(done);
    return new Promise((resolve) => {
      const listener = (value: T): void => {
        if (!accept(value)) return;
        this.events.off(name, listener);
        resolve(value);
      };
      this.events.on(name, listener);
    });
  }

  /** A hello task is answered by a Hello carrying its id (no FinishTask). */
  waitForHello(id: string): Promise<HelloRequest> {
    return this.waitFor<HelloRequest>('hello', (h) => h.taskId === id, () => this.hellos.find((h) => h.taskId === id));
  }

  waitForFinish(id: string): Promise<FinishTaskRequest> {
    return this.waitFor<FinishTaskRequest>('finish', (r) => r.taskId === id, () => this.finished.get(id));
  }

  async close(): Promise<void> {
    await this.door.close();
    await new Promise<void>((resolve) => this.grpc.tryShutdown(() => resolve()));
    this.grpc.forceShutdown();
  }

  private authorized(metadata: Metadata): boolean {
    const [value] = metadata.get('authorization');
    const token = this.tokens.issued.find((t) => `Bearer ${t.value}` === value);
    if (token && !token.expired) return true;
    this.unauthenticated++;
    this.events.emit('unauthenticated');
    return false;
  }

  private unary<Req, Res>(handle: (req: Req) => Res) {
    return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
      if (!this.authorized(call.metadata)) {
        callback({ code: status.UNAUTHENTICATED, details: 'token missing, unknown or expired' });
        return;
      }
      try {
        callback(null, handle(call.request));
      } catch (err) {
        callback({ code: status.INVALID_ARGUMENT, details: (err as Error).message });
      }
    };
  }

  private implementation(): UntypedServiceImplementation {
    const heartbeatCounts = new Map<string, number>();
    const duration = (ms: number | undefined) => (ms === undefined ? null : { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
    return {
      Hello: this.unary((req: HelloRequest) => {
        this.hellos.push(req);
        this.events.emit('hello', req);
        return {};
      }),
      GetTask: this.unary(() => {
        const task = this.queue.shift() ?? null;
        this.polls++;
        this.events.emit('poll', this.polls);
        if (task) this.events.emit('dispatched', task);
        return { task, nextPoll: duration(this.options.nextPollMs ?? 20), nextHeartbeat: duration(this.options.nextHeartbeatMs) };
      }),
      Heartbeat: this.unary((req: { taskId: string }) => {
        const n = (heartbeatCounts.get(req.taskId) ?? 0) + 1;
        heartbeatCounts.set(req.taskId, n);
        this.heartbeats.push(req.taskId);
        const plan = this.heartbeatPlan(req.taskId, n);
        this.events.emit('heartbeat', { taskId: req.taskId, n });
        if (plan.fail) throw new Error('heartbeat refused by the test');
        return { cancelled: plan.cancelled ?? false, nextHeartbeat: duration(plan.nextHeartbeatMs) };
      }),
      FinishTask: this.unary((req: FinishTaskRequest) => {
        this.finished.set(req.taskId ?? '', req);
        this.events.emit('finish', req);
        return {};
      }),
      UploadAsset: (call: ServerReadableStream<unknown, unknown>, callback: sendUnaryData<unknown>) => {
        if (!this.authorized(call.metadata)) {
          callback({ code: status.UNAUTHENTICATED, details: 'token missing, unknown or expired' });
          return;
        }
        this.receiveUpload(call, callback);
      },
    };
  }

  private receiveUpload(call: ServerReadableStream<unknown, unknown>, callback: sendUnaryData<unknown>): void {
    type Msg = { metadata?: { hostId: string; taskId: string }; data?: { data: Uint8Array }; eof?: { sha256Checksum: Uint8Array } };
    let meta: { hostId: string; taskId: string } | undefined;
    const chunks: Buffer[] = [];
    let eof: Buffer | undefined;
    const fail = (details: string): void => callback({ code: status.INVALID_ARGUMENT, details });
    call.on('data', (msg: Msg) => {
      if (msg.metadata) meta = msg.metadata;
      else if (msg.data) chunks.push(Buffer.from(msg.data.data));
      else if (msg.eof) eof = Buffer.from(msg.eof.sha256Checksum);
    });
    call.on('end', () => {
      if (!meta) return fail('the first message must be metadata');
      if (!eof) return fail('the stream must end with an EOF message');
      const data = Buffer.concat(chunks);
      if (!createHash('sha256').update(data).digest().equals(eof)) return fail('sha256 mismatch');
      if (this.failUploads > 0) {
        this.failUploads--;
        this.failedUploads++;
        callback({ code: status.UNAVAILABLE, details: 'upload stream dropped by the test' });
        return;
      }
      const upload = { taskId: meta.taskId, hostId: meta.hostId, data, chunkSizes: chunks.map((c) => c.length) };
      this.uploads.push(upload);
      this.events.emit('upload', upload);
      callback(null, {});
    });
  }
}

function tenantHostOf(clientId: string): string {
  return clientId.split('@')[1]?.split('/')[0] ?? '';
}

function taskId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(27)].map((b) => alphabet[b % alphabet.length]).join('');
}
