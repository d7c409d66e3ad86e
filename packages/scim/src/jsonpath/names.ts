// Which property names a config path may read: never Object.prototype members.

// Reading these by name either reaches the prototype chain or trips jsonpath-plus's plain-object caches.
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

export function isPrototypeName(name: string): boolean {
  return PROTOTYPE_NAMES.has(name);
}

/** Why `name` cannot be read by a config path, or undefined when it can. */
export function forbiddenNameReason(name: string): string | undefined {
  if (!isPrototypeName(name)) return undefined;
  return `"${name}" names an Object.prototype member; such keys are never read from SCIM data`;
}

// jsonpath-plus rewrites its path string with these characters, so a quoted name holding one would be misread.
const ENGINE_SPECIAL = /[[\]^~;@`#%(),*?'"\\]/;

/** Why jsonpath-plus cannot read the quoted `name` as written, or undefined when it can. */
export function engineNameReason(name: string): string | undefined {
  const bad = ENGINE_SPECIAL.exec(name);
  if (!bad) return undefined;
  const what = `the quoted name ${JSON.stringify(name)} contains ${JSON.stringify(bad[0])}`;
  return `${what}, which the JSONPath engine misreads in a path with wildcards, slices or filters`;
}
