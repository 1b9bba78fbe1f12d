import { describe, expect, it } from 'vitest';
import { type BotCheckFunction, BotCheckUnavailableError, toBotCheckVerifier } from './botCheckVerifier';

const context = {
  clientIp: '203.0.113.1',
  request: new Request('http://app.local/'),
  signal: new AbortController().signal,
};

describe('toBotCheckVerifier', () => {
  it('makes a custom verifier of a function, reading booleans and { success, reason }', async () => {
    const verifier = toBotCheckVerifier((token) =>
      token === 'yes' ? true : token === 'why' ? { success: false, reason: 'r'.repeat(300) } : false,
    );
    expect(verifier.provider).toBe('custom');
    expect(verifier.siteKey).toBeUndefined();
    expect(await verifier.verify('yes', context)).toEqual({ success: true });
    expect(await verifier.verify('no', context)).toEqual({ success: false });
    // The reason is for the log: kept short.
    expect(await verifier.verify('why', context)).toEqual({ success: false, reason: 'r'.repeat(200) });
  });

  it('passes the client IP and request to the function', async () => {
    const seen: unknown[] = [];
    await toBotCheckVerifier((token, given) => {
      seen.push(token, given);
      return true;
    }).verify('t', context);
    expect(seen).toEqual(['t', context]);
  });

  it('treats an answer that is neither a boolean nor { success: boolean } as unavailable, never as a pass', async () => {
    for (const answer of ['true', 1, null, { success: 'yes' }, {}])
      await expect(
        toBotCheckVerifier((() => answer) as unknown as BotCheckFunction).verify('t', context),
      ).rejects.toThrow(BotCheckUnavailableError);
  });

  it('keeps an object verifier as it is', () => {
    const own = {
      provider: 'custom' as const,
      siteKey: 'k',
      verify: async () => ({ success: true as const }),
    };
    expect(toBotCheckVerifier(own)).toBe(own);
  });
});
