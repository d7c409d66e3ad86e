// OneLogin ids are numbers in JSON; the connector keeps them as strings.
import type { JsonValue } from '@baton-scim/scim';
import { text } from './json.js';

export const idText = (v: JsonValue | undefined): string | undefined => (typeof v === 'number' ? String(v) : text(v));
