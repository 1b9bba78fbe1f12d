import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * A web `Request` for a Node request. The origin is fixed: the router only reads the path, and a client's `Host`
 * header must not be able to make the URL unparsable or point it elsewhere.
 */
export function requestFromIncoming(
  incoming: IncomingMessage,
  override: {
    /** The full path when a framework rewrote `incoming.url` (Express's `originalUrl`). */
    url?: string;
    /** The body when a body parser already consumed the stream. */
    body?: BodyInit;
  } = {},
): Request {
  const url = new URL(`http://localhost${pathOf(override.url ?? incoming.url ?? '/')}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    ...(hasBody && {
      body: override.body ?? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>),
      duplex: 'half',
    }),
  } as RequestInit);
}

function pathOf(url: string): string {
  if (url.startsWith('/')) return url;
  // Absolute-form (`GET http://host/path`, as sent to forward proxies): keep only the path.
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return `/${url}`;
  }
}

/** Writes a web `Response` to a Node response. */
export async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => {
    outgoing.setHeader(name, value);
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  outgoing.end(body);
}
