// A server that echoes a credential in some transformed form: every form is masked in what we print.
import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, type ScimHttpClient } from '../../src/index.js';
import { Redactor } from '../../src/http/redact.js';
import { captureLogger, recordingSleep, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

const TOKEN = `tok<b>N0t&"Sh0wn"'x/y+z=Q`;
const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const echoes: Array<[string, (token: string) => { type: string; body: string }]> = [
  ['bare base64', (t) => ({ type: 'text/plain', body: `you sent ${Buffer.from(t).toString('base64')}` })],
  ['upper-case percent-encoding', (t) => ({ type: 'text/plain', body: `bad query string: q=${encodeURIComponent(t)}` })],
  ['HTML entities (&amp; &quot; &lt;)', (t) => ({ type: 'text/html', body: `<html><body><p>Token ${html(t)} refused</p></body></html>` })],
  ['HTML entities with &#39;', (t) => ({ type: 'text/html', body: `<html><body>Token ${html(t).replace(/'/g, '&#39;')}</body></html>` })],
  ['raw inside an HTML page, where tag stripping would split it', (t) => ({ type: 'text/html', body: `<html><body>Authorization: ${t}</body></html>` })],
];

/** Pieces of the token that would identify it if any survived: each run of 4+ letters and digits. */
const FRAGMENTS = ['N0t', 'Sh0wn', 'tok<b>', 'dG9r', ...Buffer.from(TOKEN).toString('base64').match(/.{8}/g)!];

describe('echoed credentials, in every form', () => {
  it.each(echoes)('masks the token echoed as %s', async (_name, echo) => {
    server = await startServer((req, res) => {
      const { type, body } = echo(TOKEN);
      // The server really received the token it echoes.
      expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
      res.writeHead(400, { 'content-type': type }).end(body);
    });
    const cap = captureLogger();
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'bearer', token: TOKEN }, logger: cap.logger, sleep: recordingSleep().sleep, retry: { maxAttempts: 1 } });
    const err = (await client.get('/Users').then(() => undefined, (e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    const produced = `${err.message}\n${err.stack ?? ''}\n${JSON.stringify(err)}\n${cap.text()}`;
    expect(produced).toContain('[REDACTED]');
    for (const fragment of FRAGMENTS) expect(produced).not.toContain(fragment);
  });
});

describe('credential fields of unknown value', () => {
  it('masks a quoted value to its closing quote, & and spaces included, and a form value to the next &', () => {
    const r = new Redactor();
    expect(r.redact('{"client_secret":"ab&cd ef,gh","x":1}')).toBe('{"client_secret":"[REDACTED]","x":1}');
    expect(r.redact('grant_type=x&client_secret=ab%26cd&scope=y')).toBe('grant_type=x&client_secret=[REDACTED]&scope=y');
  });
});
