import { describe, expect, it } from 'vitest';
import {
  getPhoneMetadata,
  hasPhoneMetadata,
  loadPhoneMetadata,
  subscribePhoneMetadata,
} from './phoneMetadata';

describe('loadPhoneMetadata', () => {
  it('loads the plans of every country that shares the calling code', async () => {
    await loadPhoneMetadata('GB');
    for (const country of ['GB', 'GG', 'IM', 'JE']) expect(hasPhoneMetadata(country)).toBe(true);
    expect(hasPhoneMetadata('44')).toBe(true);
    expect(Object.keys(getPhoneMetadata().countries)).toEqual(expect.arrayContaining(['GB', 'JE']));
  });

  it('accepts a calling code with or without +, and tells listeners once per loaded group', async () => {
    let calls = 0;
    const unsubscribe = subscribePhoneMetadata(() => {
      calls++;
    });
    const before = getPhoneMetadata();
    await Promise.all([loadPhoneMetadata('+46'), loadPhoneMetadata('46'), loadPhoneMetadata('SE')]);
    unsubscribe();
    expect(calls).toBe(1);
    expect(getPhoneMetadata()).not.toBe(before);
    expect(hasPhoneMetadata('SE')).toBe(true);
  });

  it('rejects an unknown country or calling code with a RangeError instead of loading nothing forever', async () => {
    await expect(loadPhoneMetadata('XX')).rejects.toThrow(RangeError);
    await expect(loadPhoneMetadata('999')).rejects.toThrow('Unknown country or calling code: 999');
    expect(hasPhoneMetadata('XX')).toBe(false);
  });

  it('keeps the plans it has not loaded out of the metadata', () => {
    expect(hasPhoneMetadata('MN')).toBe(false);
    expect('MN' in getPhoneMetadata().countries).toBe(false);
  });
});

describe('metadata groups', () => {
  it('loads a three-digit calling code with its two-digit-prefix neighbours (+351 brings +358)', async () => {
    await loadPhoneMetadata('PT');
    expect(hasPhoneMetadata('PT')).toBe(true);
    expect(hasPhoneMetadata('FI')).toBe(true);
    expect(hasPhoneMetadata('DE')).toBe(false);
  });
});
