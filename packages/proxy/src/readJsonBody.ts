import type { ProxyErrorCode } from '@verikit/core';
import { bodyReaderOf } from './knownBodies';

export type JsonBodyResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      code: Extract<ProxyErrorCode, 'invalid_request' | 'payload_too_large' | 'unsupported_media_type'>;
      message: string;
    };

const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Reads a JSON body of at most `maxBytes`, stopping as soon as the limit is passed (a liar's `Content-Length`
 * does not help it) so a huge body costs no more than `maxBytes` of memory.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!JSON_CONTENT_TYPE.test(contentType.trim()))
    return {
      ok: false,
      code: 'unsupported_media_type',
      message: 'The body must be application/json (UTF-8)',
    };
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);

  let bytes: Uint8Array | undefined;
  try {
    // A Node adapter reads the socket itself, with the same limit; anything else is read from the stream.
    const reader = bodyReaderOf(request);
    bytes = reader ? await reader(maxBytes) : await readAtMost(request, maxBytes);
  } catch {
    // The client went away mid-body, or sent a broken chunked encoding.
    return { ok: false, code: 'invalid_request', message: 'The body could not be read' };
  }
  if (bytes === undefined) return tooLarge(maxBytes);
  if (bytes.byteLength === 0) return { ok: false, code: 'invalid_request', message: 'The body is empty' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'invalid_request', message: 'The body is not valid UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, code: 'invalid_request', message: 'The body is not valid JSON' };
  }
}

function tooLarge(maxBytes: number): JsonBodyResult {
  return { ok: false, code: 'payload_too_large', message: `The body must be at most ${maxBytes} bytes` };
}

/** The body's bytes (of a request or a response), or `undefined` once it passes `maxBytes`. */
export async function readAtMost(
  message: { readonly body: ReadableStream<Uint8Array> | null },
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (!message.body) return new Uint8Array(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
