// The BatonService protobuf messages (generated from proto/) under the names the service code uses.
import { c1, google } from '../gen/baton.js';

export const baton = c1.connectorapi.baton.v1;
export const connectorPb = c1.connector.v2;
export const AnyPb = google.protobuf.Any;
export const rpcPb = google.rpc;

export type Task = c1.connectorapi.baton.v1.Task.$Properties;
export type TaskType = NonNullable<Task['taskType']>;
export type HelloRequest = c1.connectorapi.baton.v1.BatonServiceHelloRequest.$Properties;
export type GetTaskResponse = c1.connectorapi.baton.v1.BatonServiceGetTaskResponse.$Properties;
export type HeartbeatResponse = c1.connectorapi.baton.v1.BatonServiceHeartbeatResponse.$Properties;
export type FinishTaskRequest = c1.connectorapi.baton.v1.BatonServiceFinishTaskRequest.$Properties;
export type UploadRequest = c1.connectorapi.baton.v1.BatonServiceUploadAssetRequest.$Properties;
export type ConnectorMetadataPb = c1.connector.v2.ConnectorMetadata.$Properties;
export type AnyMessage = google.protobuf.Any.$Properties;
export type DurationPb = google.protobuf.Duration.$Properties;

export const Capability = c1.connector.v2.Capability;

/** Milliseconds of a protobuf Duration; `undefined` when the field was not sent. */
export function durationMs(d: DurationPb | null | undefined): number | undefined {
  if (!d) return undefined;
  return Number(d.seconds ?? 0) * 1000 + Math.floor((d.nanos ?? 0) / 1e6);
}
