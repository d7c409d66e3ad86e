// Text from a server, made safe for a terminal and a spreadsheet: nothing it holds can act on either.

/**
 * C0 and C1 controls (escape sequences, NUL, carriage returns), DEL, and the Unicode bidi embedding,
 * override and isolate marks, which can make a terminal show text in another order than it holds.
 */
export function isUnsafeForTerminal(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x61c || code === 0x200e || code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Shows each unsafe character as a visible `\u{…}` escape, so the value stays recognisable. */
export function terminalSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += isUnsafeForTerminal(code) ? `\\u{${code.toString(16)}}` : ch;
  }
  return out;
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first) is
 * prefixed with `'`, which spreadsheets read as "text follows" (the OWASP advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
