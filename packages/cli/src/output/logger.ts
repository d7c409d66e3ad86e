// Structured logging to stderr (JSON or console), with every known secret value scrubbed from the output.
import { Writable } from 'node:stream';
import { pino, type Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';
import { secretForms } from '@baton-scim/scim';

export type LogFormat = 'json' | 'console';

export interface LoggerOptions {
  readonly level: string;
  readonly format: LogFormat;
  /** Secret values (tokens, keys, passwords) that must never be written. */
  readonly secrets: readonly string[];
  readonly destination?: NodeJS.WritableStream;
  /** Colour console lines; by default when the destination is a terminal, as NO_COLOR/FORCE_COLOR allow. */
  readonly color?: boolean;
}

export function createLogger(options: LoggerOptions): PinoLogger {
  const sink = options.destination ?? process.stderr;
  const scrubbed = scrubbingStream(sink, options.secrets);
  const stream = options.format === 'console'
    ? pretty({ destination: scrubbed, sync: true, colorize: options.color ?? wantsColor(process.env, (sink as NodeJS.WriteStream).isTTY === true), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
    : scrubbed;
  return pino({ level: options.level, base: null, redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } }, stream);
}

const REDACT_PATHS = ['token', 'apiKey', 'password', 'clientSecret', 'authorization', 'headers.authorization', '*.token', '*.password'];

/** Every escaped form (JSON, URL, form, base64) of each secret, longest first so a containing form is masked whole. */
function needlesOf(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter((s) => s.length >= 4).flatMap((s) => secretForms(s)))].sort((a, b) => b.length - a.length);
}

/** Replaces each secret value, in any escaped form, by [REDACTED] before bytes reach the sink. */
export function scrubbingStream(sink: NodeJS.WritableStream, secrets: readonly string[]): Writable {
  const needles = needlesOf(secrets);
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      let text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      for (const needle of needles) text = text.split(needle).join('[REDACTED]');
      sink.write(text);
      done();
    },
  });
}

/**
 * Whether to colour output for a person: never with NO_COLOR set (no-color.org); always with FORCE_COLOR set to
 * anything but 0 or false; otherwise when it goes to a terminal.
 */
export function wantsColor(env: NodeJS.ProcessEnv, terminal: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return terminal;
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const needle of needlesOf(secrets)) out = out.split(needle).join('[REDACTED]');
  return out;
}
