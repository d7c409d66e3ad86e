// One terminal line owned by a live status (the progress bar); everything else written to the stream
// lands on its own lines above it.
import { Writable } from 'node:stream';

export interface StatusLine {
  /** Draws the status again on the current (cleared) line. */
  redraw(): void;
}

export interface Screen {
  /** Where log lines go: they clear the status line, print, and let the status redraw below them. */
  readonly stream: Writable;
  /** Claims the last line for `status` until release(). */
  hold(status: StatusLine): void;
  release(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

export function createScreen(sink: NodeJS.WritableStream): Screen {
  let status: StatusLine | undefined;
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      if (!status) {
        sink.write(text);
      } else {
        sink.write(CLEAR_LINE + (text.endsWith('\n') ? text : text + '\n'));
        status.redraw();
      }
      done();
    },
  });
  return {
    stream,
    hold: (s) => { status = s; },
    release: () => { status = undefined; },
  };
}
