import { once } from 'node:events';
import type { Server } from 'node:http';

/** Listens on a free port of 127.0.0.1; the origin to call, and a close that waits for the server to stop. */
export async function listen(server: Server): Promise<{ origin: string; close: () => Promise<void> }> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('not listening');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
