// The error a config JSONPath raises when it cannot be compiled or evaluated.
import { BatonError } from '@baton-scim/core';

/** A JSONPath from the config was rejected; `key` is the config key that holds it. */
export class JsonPathError extends BatonError {
  readonly key: string;
  readonly path: string;
  readonly reason: string;

  constructor(key: string, path: string, reason: string, cause?: unknown) {
    super('invalid-argument', `${key}: invalid JSONPath ${JSON.stringify(path)}: ${reason}`, { cause });
    this.name = 'JsonPathError';
    this.key = key;
    this.path = path;
    this.reason = reason;
  }
}
