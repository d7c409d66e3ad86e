// Optional properties under exactOptionalPropertyTypes: spread a key in only when its value exists.

/** `{ [key]: value }` when value is defined, else `{}`; spread it into an object literal. */
export function maybe<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
