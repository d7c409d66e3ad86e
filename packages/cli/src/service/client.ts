// BatonService calls with an access token on each, a deadline, cancellation, and errors as BatonError.
import { Metadata, type Client, type ClientWritableStream, type ServiceError } from '@grpc/grpc-js';
import { BatonError } from '@baton-scim/core';
import { BATON_SERVICE, type MethodDef } from './grpc-methods.js';
import type { FinishTaskRequest, GetTaskResponse, HeartbeatResponse, HelloRequest, UploadRequest } from './pb.js';
import { codeFromGrpc } from './status-codes.js';
import type { AccessToken, TokenSource } from './token-source.js';

export const CALL_TIMEOUT_MS = 30_000;

export interface CallOptions {
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
}

export interface UploadStream {
  write(message: UploadRequest): Promise<void>;
  /** Ends the stream and waits for the server's answer. */
  close(): Promise<void>;
}

export class BatonClient {
  constructor(
    private readonly channel: Client,
    private readonly tokens: TokenSource,
    readonly hostId: string,
    private readonly authority: string,
  ) {}

  hello(request: HelloRequest, options: CallOptions): Promise<unknown> {
    return this.unary(BATON_SERVICE.Hello, request, options);
  }

  getTask(options: CallOptions): Promise<GetTaskResponse> {
    return this.unary(BATON_SERVICE.GetTask, { hostId: this.hostId }, options);
  }

  heartbeat(taskId: string, options: CallOptions): Promise<HeartbeatResponse> {
    return this.unary(BATON_SERVICE.Heartbeat, { hostId: this.hostId, taskId }, options);
  }

  finishTask(request: FinishTaskRequest, options: CallOptions): Promise<unknown> {
    return this.unary(BATON_SERVICE.FinishTask, request, options);
  }

  /** A rejected token is renewed once and the call repeated; the server may have revoked it early. */
  private async unary<Req, Res>(def: MethodDef<Req, Res>, request: Req, options: CallOptions): Promise<Res> {
    const token = await this.tokens.token(options.signal);
    try {
      return await this.unaryOnce(def, request, token, options);
    } catch (err) {
      if (!(err instanceof BatonError) || err.code !== 'unauthenticated') throw err;
      this.tokens.invalidate(token);
      return this.unaryOnce(def, request, await this.tokens.token(options.signal), options);
    }
  }

  private unaryOnce<Req, Res>(def: MethodDef<Req, Res>, request: Req, token: AccessToken, options: CallOptions): Promise<Res> {
    return new Promise((resolve, reject) => {
      let release = (): void => undefined;
      const call = this.channel.makeUnaryRequest(
        def.path, def.requestSerialize, def.responseDeserialize, request, authMetadata(token),
        { deadline: Date.now() + (options.timeoutMs ?? CALL_TIMEOUT_MS) },
        (err, value) => {
          release();
          if (err) reject(this.failure(def, err));
          else resolve(value as Res);
        },
      );
      release = cancelOnAbort(options.signal, () => call.cancel());
    });
  }

  async upload(options: CallOptions): Promise<UploadStream> {
    const def = BATON_SERVICE.UploadAsset;
    const token = await this.tokens.token(options.signal);
    let settle!: Promise<unknown>;
    const call: ClientWritableStream<UploadRequest> = await new Promise((ready) => {
      settle = new Promise((resolve, reject) => {
        ready(this.channel.makeClientStreamRequest(
          def.path, def.requestSerialize, def.responseDeserialize, authMetadata(token), {},
          (err, value) => (err ? reject(this.failure(def, err)) : resolve(value)),
        ));
      });
    });
    // A failed stream must not leave an unhandled rejection before close() is awaited; a refused token is
    // dropped so that the upload's next try fetches a new one.
    settle.catch((err: unknown) => {
      if (err instanceof BatonError && err.code === 'unauthenticated') this.tokens.invalidate(token);
    });
    const release = cancelOnAbort(options.signal, () => call.cancel());
    settle.then(release, release);
    return {
      write: async (message) => {
        if (!call.write(message)) {
          await Promise.race([new Promise((r) => call.once('drain', r)), settle]);
        }
      },
      close: async () => {
        call.end();
        await settle;
      },
    };
  }

  private failure<Req, Res>(def: MethodDef<Req, Res>, err: ServiceError): BatonError {
    const detail = err.details || err.message;
    return new BatonError(codeFromGrpc(err.code), `BatonService ${def.originalName} at ${this.authority} failed: ${detail}`, { cause: err });
  }
}

function authMetadata(token: AccessToken): Metadata {
  const md = new Metadata();
  md.set('authorization', `${token.type} ${token.value}`);
  return md;
}

/** Cancels the call when `signal` aborts; the returned function removes the listener once the call is over. */
function cancelOnAbort(signal: AbortSignal, cancel: () => void): () => void {
  if (signal.aborted) {
    cancel();
    return () => undefined;
  }
  signal.addEventListener('abort', cancel, { once: true });
  return () => signal.removeEventListener('abort', cancel);
}
