// The one text layout every .c1z time column uses, so that Go parses it and text order is time order.

const LAYOUT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** UTC as `YYYY-MM-DD HH:MM:SS.ffffff`; always six fraction digits so rows sort as text. */
export function formatTimestamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)} ` +
    `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}.` +
    `${pad(date.getUTCMilliseconds() * 1000, 6)}`
  );
}

/**
 * Reads the layouts Go writes (`2006-01-02 15:04:05.999999999`, optionally with `T` or a trailing `Z`) as UTC,
 * which is how the Go driver reads them too. Returns undefined for anything else.
 */
export function parseTimestamp(text: string): Date | undefined {
  const m = LAYOUT.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = Math.floor(Number((frac ?? '0').padEnd(3, '0').slice(0, 3)));
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  return Number.isNaN(time) ? undefined : new Date(time);
}
