// Text from a server, made safe for a terminal and a spreadsheet: nothing it holds can act on either.

/**
 * C0 and C1 controls (escape sequences, NUL, carriage returns), DEL, and the Unicode bidi embedding,
 * override and isolate marks, which can make a terminal show text in another order than it holds.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Shows each unsafe character as a visible `\u{…}` escape, so the value stays recognisable. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return first) is
 * prefixed with `'`, which spreadsheets read as "text follows" (the OWASP advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
