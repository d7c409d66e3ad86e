// Builds the PatchOp bodies of provisioning from the config's operations (RFC 7644 §3.5.2).
import type { PatchOpConfig } from '../config/types.js';
import type { JsonObject, JsonValue } from '../http/json.js';

/**
 * The multi-valued attribute an operation changes. Miro's config names `roles.value`, the sub-attribute
 * of the elements; the operation itself must address `roles`, or a server rejects or misapplies it.
 */
export function attributeOf(op: PatchOpConfig): string {
  const suffix = `.${op.valuePath}`;
  return op.path.endsWith(suffix) && op.path.length > suffix.length ? op.path.slice(0, -suffix.length) : op.path;
}

function message(op: PatchOpConfig, operation: JsonObject): JsonObject {
  return { schemas: [...op.schemas], Operations: [operation] };
}

export function valueElement(op: PatchOpConfig, id: string, type?: 'User' | 'Group'): JsonObject {
  return type === undefined ? { [op.valuePath]: id } : { [op.valuePath]: id, type };
}

/** `add` (or a configured `replace`) of one element; `type` names what a group member is (RFC 7643 §4.2). */
export function addBody(op: PatchOpConfig, id: string, type?: 'User' | 'Group'): JsonObject {
  return message(op, { op: op.op, path: attributeOf(op), value: [valueElement(op, id, type)] });
}

/** The RFC form: remove exactly the element whose value matches, e.g. `members[value eq "42"]`. */
export function removeByFilterBody(op: PatchOpConfig, id: string): JsonObject {
  // A JSON string literal is a valid SCIM filter string: quotes and backslashes are escaped.
  return message(op, { op: 'remove', path: `${attributeOf(op)}[${op.valuePath} eq ${JSON.stringify(id)}]` });
}

/** The form Entra sends: remove with the attribute as path and the elements to drop as value. */
export function removeByValueListBody(op: PatchOpConfig, id: string): JsonObject {
  return message(op, { op: 'remove', path: attributeOf(op), value: [valueElement(op, id)] });
}

/** The whole list, as a read-modify-write sends it; [] (never null) when the last element went. */
export function replaceListBody(op: PatchOpConfig, elements: readonly JsonValue[]): JsonObject {
  return message(op, { op: 'replace', path: attributeOf(op), value: [...elements] });
}
