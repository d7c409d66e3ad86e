// Keeps credentials out of log lines and error messages, whatever a server echoes back.
import { secretForms } from './secret-forms.js';

const MASK = '[REDACTED]';
/** Shorter values are too likely to match ordinary text to be masked by value. */
const MIN_SECRET_LENGTH = 4;
/** Credential shapes masked even when the value is unknown (a server echoing a header); short words are left alone. */
const SCHEME_VALUE = /\b(Bearer|Basic|Token|SSWS)\s+[A-Za-z0-9\-._~+/=]{16,}/gi;
/**
 * A credential field whose value is unknown: a quoted value is masked to its closing quote (it may hold
 * `&`, spaces or commas); an unquoted one, as in a form body, to the next separator.
 */
const SECRET_FIELD =
  /("?(?:access_token|refresh_token|id_token|client_secret|client_assertion|assertion|password|api_?key|token)"?\s*[:=]\s*)(?:"(?:[^"\\]|\\.)*"|[^"&\s,}]+)/gi;

export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a value that must never be shown, e.g. a token obtained at run time. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    // Servers echo JSON and form bodies and query strings, where the value appears escaped.
    for (const form of secretForms(secret)) this.#secrets.add(form);
  }

  /**
   * Masks only the registered secrets, in every form, and nothing else: safe on data (a JSON body stays
   * valid JSON, since every form is free of what would need escaping there or is masked whole).
   */
  maskKnown(text: string, minLength = MIN_SECRET_LENGTH): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (secret.length >= minLength && out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return out;
  }

  redact(text: string): string {
    return this.maskKnown(text).replace(SCHEME_VALUE, `$1 ${MASK}`).replace(SECRET_FIELD, (_m, field: string, offset: number, whole: string) =>
      whole[offset + field.length] === '"' ? `${field}"${MASK}"` : `${field}${MASK}`);
  }
}
