import { connect, createServer, type Socket } from 'node:net';

// A cable between a browser and the server that a journey can pull out: every open connection is
// cut at once and new ones are refused until it is plugged back. For an engine whose driver
// cannot take the browser offline, this is the network going away.

export type Cable = { origin: string; unplug(): void; plug(): void; close(): Promise<void> };

export async function cableTo(target: URL): Promise<Cable> {
  const sockets = new Set<Socket>();
  let plugged = true;
  const server = createServer((socket) => {
    if (!plugged) return void socket.resetAndDestroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const end of [socket, upstream]) {
      sockets.add(end);
      end.on('close', () => sockets.delete(end));
      end.on('error', () => {
        socket.destroy();
        upstream.destroy();
      });
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the cable has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    unplug() {
      plugged = false;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    plug() {
      plugged = true;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
