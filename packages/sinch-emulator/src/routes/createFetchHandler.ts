import { SINCH_ERROR_CODES } from '@verikit/core';
import { sinchErrorResponse } from '../sinchErrorResponse';
import { API_PREFIX } from './apiRoute';
import { notFoundResponse, withCors } from './emulatorResponses';

export interface FetchHandlerSettings {
  /** A path prefix the routes are also served under (from `baseUrl`), without a trailing slash. */
  basePath: string;
  api: (request: Request, url: URL, path: string) => Promise<Response>;
  emulator: (request: Request, segments: string[]) => Promise<Response>;
  logger: (line: string) => void;
}

/** The emulator's `fetch`: Sinch's API and the `/emulator/*` routes, on the path only (any host). */
export function createFetchHandler({ basePath, api, emulator, logger }: FetchHandlerSettings) {
  async function handle(request: Request): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return sinchErrorResponse(SINCH_ERROR_CODES.invalidRequest, 'Invalid request URL.');
    }
    let path = url.pathname;
    if (basePath && (path === basePath || path.startsWith(`${basePath}/`)))
      path = path.slice(basePath.length) || '/';
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;

    if (trimmed === '/emulator' || trimmed.startsWith('/emulator/')) {
      if (request.method === 'OPTIONS') return withCors(new Response(null, { status: 204 }));
      return withCors(await emulator(request, trimmed.split('/').slice(2)));
    }
    if (trimmed !== API_PREFIX && !trimmed.startsWith(`${API_PREFIX}/`)) return notFoundResponse(request);
    return api(request, url, trimmed);
  }

  return async function fetchHandler(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let request: Request;
    try {
      request = input instanceof Request && init === undefined ? input : new Request(input, init);
    } catch {
      return sinchErrorResponse(
        SINCH_ERROR_CODES.invalidRequest,
        'Invalid request: an absolute URL is needed.',
      );
    }
    try {
      return await handle(request);
    } catch (error) {
      if (request.signal.aborted)
        return sinchErrorResponse(SINCH_ERROR_CODES.invalidRequest, 'The request was aborted.');
      // A bug of ours, not a client's mistake: Sinch's own 500 body, and the client's state is untouched.
      logger(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return sinchErrorResponse(SINCH_ERROR_CODES.internal, 'Internal error.');
    }
  };
}
