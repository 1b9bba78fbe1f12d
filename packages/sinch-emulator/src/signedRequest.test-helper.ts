import { signRequest } from '@verikit/core/sinch-signing';
import { EMULATOR_APPLICATION, type EmulatorApplication } from './emulatorApplication';

export const ORIGIN = 'http://sinch.test';

export interface SignedRequestInit {
  method?: string;
  body?: unknown;
  application?: EmulatorApplication;
  /** ISO timestamp to sign with. @default now */
  timestamp?: string;
  headers?: Record<string, string>;
}

/** A request signed the way the proxy and Sinch's SDKs sign them. */
export async function signedRequest(path: string, init: SignedRequestInit = {}): Promise<Request> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : JSON.stringify(init.body);
  const application = init.application ?? EMULATOR_APPLICATION;
  const contentType = body === undefined ? undefined : 'application/json; charset=UTF-8';
  const signed = signRequest({
    applicationKey: application.key,
    applicationSecret: application.secret,
    method,
    path: new URL(path, ORIGIN).pathname,
    ...(contentType === undefined ? {} : { contentType }),
    ...(body === undefined ? {} : { body }),
    ...(init.timestamp === undefined ? {} : { timestamp: init.timestamp }),
  });
  const headers = new Headers({ ...signed, ...init.headers });
  if (contentType !== undefined) headers.set('content-type', contentType);
  return new Request(new URL(path, ORIGIN), { method, headers, ...(body === undefined ? {} : { body }) });
}
