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

function fromText(text: string): string {
  if (!/<[a-z!]/i.test(text)) return text;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const visible = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return `HTML page${title === undefined ? '' : ` "${title.trim()}"`}: ${visible}`;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the caller summarises it as text, which is the whole point of this function.
    return undefined;
  }
}

export function readErrorBody(text: string, redactor: Redactor): ErrorBody {
  if (text.trim() === '') return { summary: '' };
  const parsed = /^\s*[[{]/.test(text) ? tryParse(text) : undefined;
  const body = isJsonObject(parsed) ? fromJson(parsed) : { summary: fromText(text) };
  return {
    summary: clip(redactor.redact(body.summary)),
    ...(body.detail === undefined ? {} : { detail: redactor.redact(body.detail) }),
    ...(body.scimType === undefined ? {} : { scimType: body.scimType }),
  };
}
