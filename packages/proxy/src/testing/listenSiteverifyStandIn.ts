import { createServer } from 'node:http';
import { listen } from './listen';
import { createSiteverifyStandIn, type SiteverifyStandInOptions } from './siteverifyStandIn';

/**
 * The siteverify stand-in on a free port of 127.0.0.1, so tests reach it over real HTTP: `url` is its siteverify
 * URL. A request whose client goes away is aborted, as a real server drops it.
 */
export async function listenSiteverifyStandIn(options: SiteverifyStandInOptions) {
  const standIn = createSiteverifyStandIn(options);
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const aborted = new AbortController();
    outgoing.on('close', () => aborted.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === 'string') headers.set(name, value);
    try {
      const response = await standIn.fetch(
        new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
          method: incoming.method,
          headers,
          body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : Buffer.concat(chunks),
          signal: aborted.signal,
        }),
      );
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    } catch {
      outgoing.destroy();
    }
  });
  const listening = await listen(server);
  return { ...standIn, url: `${listening.origin}${standIn.path}`, close: listening.close };
}
