// The BatonService methods as grpc-js sees them: full path plus protobuf (de)serialisers. The client uses
// them to call the service; a server built from the same table speaks exactly the same wire format.
import { baton } from './pb.js';

interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  create(properties?: T): T;
}

export interface MethodDef<Req, Res> {
  readonly path: string;
  readonly requestStream: boolean;
  readonly responseStream: false;
  readonly requestSerialize: (value: Req) => Buffer;
  readonly requestDeserialize: (bytes: Buffer) => Req;
  readonly responseSerialize: (value: Res) => Buffer;
  readonly responseDeserialize: (bytes: Buffer) => Res;
  readonly originalName: string;
}

const SERVICE = '/c1.connectorapi.baton.v1.BatonService/';

function method<Req, Res>(name: string, req: MessageType<Req>, res: MessageType<Res>, requestStream = false): MethodDef<Req, Res> {
  const encode = <T>(type: MessageType<T>) => (value: T): Buffer => Buffer.from(type.encode(type.create(value)).finish());
  return {
    path: SERVICE + name,
    requestStream,
    responseStream: false,
    requestSerialize: encode(req),
    requestDeserialize: (bytes) => req.decode(bytes),
    responseSerialize: encode(res),
    responseDeserialize: (bytes) => res.decode(bytes),
    originalName: name.charAt(0).toLowerCase() + name.slice(1),
  };
}

export const BATON_SERVICE = {
  Hello: method('Hello', baton.BatonServiceHelloRequest, baton.BatonServiceHelloResponse),
  GetTask: method('GetTask', baton.BatonServiceGetTaskRequest, baton.BatonServiceGetTaskResponse),
  Heartbeat: method('Heartbeat', baton.BatonServiceHeartbeatRequest, baton.BatonServiceHeartbeatResponse),
  FinishTask: method('FinishTask', baton.BatonServiceFinishTaskRequest, baton.BatonServiceFinishTaskResponse),
  UploadAsset: method('UploadAsset', baton.BatonServiceUploadAssetRequest, baton.BatonServiceUploadAssetResponse, true),
} as const;
