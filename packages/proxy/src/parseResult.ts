import type { ProxyErrorCode } from '@verikit/core';

/** What a check of the browser's input gives: the clean value, or the error to answer with. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: ProxyErrorCode; message: string };

export function invalid(message: string, code: ProxyErrorCode = 'invalid_request'): ParseResult<never> {
  return { ok: false, code, message };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first key of `value` not in `allowed`, to name it in the error. */
export function unknownKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}
