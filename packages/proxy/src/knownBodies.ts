/**
 * Bodies the handler and a server adapter can hand each other without web streams (on Node 20 each `ReadableStream`
 * costs a transferable set-up and several promise hops): the adapter offers a reader of the request's body, and the
 * handler tells which text a response it built carries. Both are shortcuts beside the web-standard objects, which
 * stay complete: a caller that knows neither reads and writes the streams as before.
 */

/** Reads the body up to `maxBytes`: its bytes, or `undefined` past the limit; rejects when it cannot be read. */
export type BodyReader = (maxBytes: number) => Promise<Uint8Array | undefined>;

const bodyReaders = new WeakMap<Request, BodyReader>();
const responseTexts = new WeakMap<Response, string>();

/** For an adapter: `request`'s body can be read with `reader` (once), instead of from `request.body`. */
export function offerBodyReader(request: Request, reader: BodyReader): void {
  bodyReaders.set(request, reader);
}

export function bodyReaderOf(request: Request): BodyReader | undefined {
  return bodyReaders.get(request);
}

/** A response whose body is `text`, remembered so that an adapter can write the text without reading the stream. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  responseTexts.set(response, text);
  return response;
}

/** The text `response` was built with by `textResponse`, if it was. */
export function responseTextOf(response: Response): string | undefined {
  return responseTexts.get(response);
}
