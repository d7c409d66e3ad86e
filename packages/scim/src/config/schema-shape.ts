// Reads the zod schema's structure, to name the valid keys where an unknown key was found.
import { z } from 'zod';

type Schema = z.ZodType;

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as Schema;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as Schema;
    } else {
      return current;
    }
  }
}

/** The schema found by following `path` from `root`, or undefined when the path leaves the schema. */
export function schemaAt(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = unwrap(root);
  for (const step of path) {
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, Schema>)[String(step)];
    else if (current instanceof z.ZodRecord) current = current.valueType as Schema;
    else if (current instanceof z.ZodArray) current = current.element as Schema;
    else return undefined;
    if (current === undefined) return undefined;
    current = unwrap(current);
  }
  return current;
}

/** The keys an object schema accepts, or [] when the schema is not an object. */
export function keysOf(schema: Schema | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Child object keys one level down, so a top-level `authType` can point at `auth.authType`. */
export function nestedKeyHome(schema: Schema | undefined, key: string): string | undefined {
  for (const child of keysOf(schema)) {
    if (keysOf(schemaAt(schema as Schema, [child])).includes(key)) return `${child}.${key}`;
  }
  return undefined;
}
