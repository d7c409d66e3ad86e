// A forward proxy for tests that speaks only HTTP CONNECT, as corporate egress proxies do: it records each
// tunnel's target, can require Proxy-Authorization, and resolves host names from its own table, so a name
// that only the proxy knows proves a connection went through it.
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface ConnectProxy {
  readonly url: string;
  /** `host:port` of every CONNECT accepted, in order. */
  readonly tunnels: string[];
  /** Requests refused for missing or wrong credentials. */
  readonly refused: number;
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  /** Host names only this proxy can resolve, to the address it dials instead. */
  readonly hosts?: Readonly<Record<string, string>>;
  /** `user:password` the client must send as Basic Proxy-Authorization. */
  readonly credentials?: string;
}

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  let refused = 0;
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('this proxy only tunnels (CONNECT)\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined;
    if (expected && req.headers['proxy-authorization'] !== expected) {
      refused++;
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n');
      return;
    }
    const target = req.url ?? '';
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    if (!match) {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const [, host = '', port = '0'] = match;
    tunnels.push(target);
    const upstream = connect(Number(port), options.hosts?.[host] ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => { sockets.delete(upstream); client.destroy(); });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    tunnels,
    get refused() { return refused; },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
