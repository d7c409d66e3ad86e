// A terminal whose last line may be a live status (the progress bar); log lines written meanwhile land on
// their own lines above it, and the status is drawn again below them. Only carriage return and "erase line"
// are used: no saved cursor positions, so nothing printed is ever drawn over, on a terminal or under `script`.
import { Writable } from 'node:stream';

export interface Screen {
  /** Where log lines go: they take the status line's place, and the status is drawn again below them. */
  readonly stream: Writable;
  /** Shows `text` as the status line, in place of the one shown. */
  status(text: string): void;
  /** Leaves the status shown as an ordinary line; what follows starts below it. */
  finish(): void;
}

const ERASE_LINE = '\r\x1b[2K';

export function createScreen(sink: NodeJS.WritableStream): Screen {
  let shown: string | undefined;
  // Wider than the terminal, the line would wrap and erasing it would leave its first part behind.
  const fit = (text: string): string => {
    const columns = (sink as NodeJS.WriteStream).columns;
    return columns && columns > 1 && text.length >= columns ? text.slice(0, columns - 1) : text;
  };
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      if (shown === undefined) sink.write(text);
      else sink.write(ERASE_LINE + (text.endsWith('\n') ? text : text + '\n') + shown);
      done();
    },
  });
  return {
    stream,
    status: (text) => {
      shown = fit(text);
      sink.write(ERASE_LINE + shown);
    },
    finish: () => {
      if (shown === undefined) return;
      shown = undefined;
      sink.write('\n');
    },
  };
}
