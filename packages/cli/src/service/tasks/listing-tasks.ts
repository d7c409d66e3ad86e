// Listing tasks for features this connector does not have: event feeds and custom actions. As Go's SDK
// answers for a connector without them, they succeed with an empty list rather than fail.
import { AnyPb, connectorPb } from '../pb.js';
import type { TaskResult } from '../task-context.js';

const TYPE_URL = 'type.googleapis.com/c1.connector.v2.';

export function listEventFeedsTask(): Promise<TaskResult> {
  const body = connectorPb.ListEventFeedsResponse.encode({}).finish();
  return Promise.resolve({ response: AnyPb.create({ type_url: `${TYPE_URL}ListEventFeedsResponse`, value: body }) });
}

export function actionListSchemasTask(): Promise<TaskResult> {
  const body = connectorPb.ListActionSchemasResponse.encode({}).finish();
  return Promise.resolve({ response: AnyPb.create({ type_url: `${TYPE_URL}ListActionSchemasResponse`, value: body }) });
}
