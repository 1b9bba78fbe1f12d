import type { SinchErrorCode } from '@verikit/core';

/** A client mistake, answered with Sinch's error body. */
export interface RequestProblem {
  ok: false;
  errorCode: SinchErrorCode;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | RequestProblem;

export function problem(errorCode: SinchErrorCode, message: string): RequestProblem {
  return { ok: false, errorCode, message };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a JSON body; empty or malformed JSON is Sinch's 40003 (invalid request). */
export function parseJsonBody(bytes: Uint8Array): Parsed<unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(40003, 'Invalid request: the body is not valid UTF-8.');
  }
  if (text.trim() === '') return problem(40003, 'Invalid request: the body is empty, JSON was expected.');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return problem(40003, 'Invalid request: the body is not valid JSON.');
  }
}
