import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { contentMd5, stringToSign } from '@verikit/core/sinch-signing';

const encoder = new TextEncoder();

export interface UpstreamSigningInput {
  applicationKey: string;
  /** The application secret, already base64-decoded (once, at start-up). */
  secretBytes: Uint8Array;
  method: string;
  path: string;
  contentType: string;
  body: string | undefined;
  timestamp: string;
}

/**
 * The headers of a Sinch Application signed request: `@verikit/core`'s string-to-sign and Content-MD5, with a
 * synchronous HMAC-SHA256. Web Crypto's HMAC in Node 20 hops to the thread pool and cost 6× more per request
 * (182 µs against 28 µs on the benchmark machine), on the one call every proxied request makes.
 */
export function signUpstreamRequest(input: UpstreamSigningInput): Record<string, string> {
  const md5 = contentMd5(input.body);
  const toSign = stringToSign({
    method: input.method,
    contentMd5: md5,
    contentType: input.contentType,
    timestamp: input.timestamp,
    path: input.path,
  });
  const signature = hmac(sha256, input.secretBytes, encoder.encode(toSign));
  const headers: Record<string, string> = {
    authorization: `Application ${input.applicationKey}:${btoa(String.fromCharCode(...signature))}`,
    'x-timestamp': input.timestamp,
  };
  if (md5) headers['content-md5'] = md5;
  return headers;
}
