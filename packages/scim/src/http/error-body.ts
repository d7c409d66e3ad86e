// Turns an error response body (SCIM Error, OAuth error, other JSON, HTML, text) into a short, secret-free summary.
import { isJsonObject, type JsonObject } from './json.js';
import type { Redactor } from './redact.js';

const SUMMARY_CHARS = 200;

export interface ErrorBody {
  /** One line for the error message; empty when the body was empty. */
  readonly summary: string;
  readonly detail?: string;
  readonly scimType?: string;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_CHARS ? flat : `${flat.slice(0, SUMMARY_CHARS)}…`;
}

function stringField(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** SCIM puts the message in `detail`; other APIs use `message`, `error_description` or `error`. */
function fromJson(obj: JsonObject): ErrorBody {
  const scimType = stringField(obj, 'scimType');
  const detail =
    stringField(obj, 'detail') ??
    stringField(obj, 'message') ??
    stringField(obj, 'error_description') ??
    stringField(obj, 'error');
  const summary = detail === undefined ? JSON.stringify(obj) : scimType === undefined ? detail : `${detail} (scimType ${scimType})`;
  return {
    summary,
    ...(detail === undefined ? {} : { detail }),
    ...(scimType === undefined ? {} : { scimType }),
  };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text an HTML page shows: named and numeric character references decoded, so a secret escaped in any mix is whole again for masking. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function fromText(text: string): string {
  if (!/<[a-z!]/i.test(text)) return text;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const visible = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(`HTML page${title === undefined ? '' : ` "${title.trim()}"`}: ${visible}`);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the caller summarises it as text, which is the whole point of this function.
    return undefined;
  }
}

/**
 * Masks the raw body before anything else touches it: stripping tags or decoding JSON first could split a
 * secret that contains `<…>` or change its form. The summary is masked again once decoded.
 */
export function readErrorBody(raw: string, redactor: Redactor): ErrorBody {
  if (raw.trim() === '') return { summary: '' };
  const text = redactor.redact(raw);
  const parsed = /^\s*[[{]/.test(text) ? tryParse(text) : undefined;
  const body = isJsonObject(parsed) ? fromJson(parsed) : { summary: fromText(text) };
  return {
    summary: clip(redactor.redact(body.summary)),
    ...(body.detail === undefined ? {} : { detail: redactor.redact(body.detail) }),
    ...(body.scimType === undefined ? {} : { scimType: body.scimType }),
  };
}
