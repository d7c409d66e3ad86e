// The fake ConductorOne's TLS front door on one port, like a load balancer: HTTP/2 (gRPC) connections are
// passed to the gRPC server, HTTP/1.1 ones (the token request) to the HTTP server. It can play an outage.
import { connect, type Server as NetServer, type Socket } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import { createServer, type TLSSocket } from 'node:tls';
import type { TestTls } from './test-ca.js';

export interface FrontDoor {
  readonly port: number;
  /** While down, every connection (open or new) is dropped. */
  setDown(down: boolean): void;
  readonly refused: number;
  close(): Promise<void>;
}

export async function openFrontDoor(tls: TestTls, grpcPort: number, http: HttpServer, onRefused: () => void): Promise<FrontDoor> {
  const sockets = new Set<Socket>();
  let down = false;
  let refused = 0;
  const track = (s: Socket): void => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server: NetServer = createServer({ key: tls.key, cert: tls.cert, ALPNProtocols: ['h2', 'http/1.1'] }, (socket: TLSSocket) => {
    if (socket.alpnProtocol === 'h2') {
      const upstream = connect(grpcPort, '127.0.0.1');
      track(upstream);
      socket.pipe(upstream).pipe(socket);
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
    } else {
      http.emit('connection', socket);
    }
  });
  server.on('connection', (raw: Socket) => {
    if (down) {
      refused++;
      raw.destroy();
      onRefused();
      return;
    }
    track(raw);
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('front door has no port');
  return {
    port: address.port,
    get refused() { return refused; },
    setDown(value) {
      down = value;
      if (value) for (const s of sockets) s.destroy();
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
